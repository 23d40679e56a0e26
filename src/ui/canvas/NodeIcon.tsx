import type { NodeKind } from '../../engine/scenarioTypes';
import { KIND_INFO } from './nodeCatalog';

// Our own simple 20x20 line icons, drawn in the family color (currentColor).
const PATHS: Record<NodeKind, React.ReactNode> = {
  function: (
    <path d="M5 3h3.2l6.3 14H11.6L9.2 11.4 6.4 17H3.5l4.3-8.3L6.6 6H5z" fill="currentColor" stroke="none" />
  ),
  layer: (
    <>
      <path d="M10 3 17 6.5 10 10 3 6.5z" />
      <path d="M3 10l7 3.5 7-3.5" />
      <path d="M3 13.5 10 17l7-3.5" />
    </>
  ),
  client: (
    <>
      <rect x="2.5" y="4" width="15" height="9.5" rx="1.5" />
      <path d="M7 17h6M10 13.5V17" />
    </>
  ),
  apiGateway: (
    <>
      <path d="M7 4C4.5 4 5.5 9.5 3 10c2.5.5 1.5 6 4 6" />
      <path d="M13 4c2.5 0 1.5 5.5 4 6-2.5.5-1.5 6-4 6" />
      <path d="M8.5 10h3" />
    </>
  ),
  s3Bucket: (
    <>
      <ellipse cx="10" cy="5" rx="6.5" ry="2.2" />
      <path d="M3.5 5l1.6 10.3c.3 1.5 2.4 2.2 4.9 2.2s4.6-.7 4.9-2.2L16.5 5" />
    </>
  ),
  snsTopic: (
    <>
      <circle cx="6" cy="10" r="2" fill="currentColor" />
      <path d="M10 6.5a5 5 0 0 1 0 7M13 4a8.5 8.5 0 0 1 0 12" />
    </>
  ),
  sqsQueue: (
    <>
      <rect x="2" y="6.5" width="4" height="7" rx="1" />
      <rect x="8" y="6.5" width="4" height="7" rx="1" />
      <rect x="14" y="6.5" width="4" height="7" rx="1" />
    </>
  ),
  kinesisStream: <path d="M2 6c3-2 5 2 8 0s5-2 8 0M2 10c3-2 5 2 8 0s5-2 8 0M2 14c3-2 5 2 8 0s5-2 8 0" />,
  dynamodbTable: (
    <>
      <ellipse cx="10" cy="4.8" rx="6" ry="2.2" />
      <path d="M4 4.8v10.4c0 1.2 2.7 2.2 6 2.2s6-1 6-2.2V4.8M4 10c0 1.2 2.7 2.2 6 2.2s6-1 6-2.2" />
    </>
  ),
  eventBridgeRule: (
    <>
      <circle cx="10" cy="10" r="7" />
      <path d="M10 5.5V10l3 2" />
    </>
  ),
  parameter: (
    <>
      <circle cx="7" cy="10" r="3.5" />
      <path d="M10.5 10H18M15 10v3M17.5 10v2" />
    </>
  ),
};

export function NodeIcon({ kind, size = 20 }: { kind: NodeKind; size?: number }) {
  return (
    <span className={`kind-icon family-${KIND_INFO[kind].family}`} aria-hidden="true">
      <svg
        width={size}
        height={size}
        viewBox="0 0 20 20"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        {PATHS[kind]}
      </svg>
    </span>
  );
}
