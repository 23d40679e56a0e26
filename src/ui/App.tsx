import { FlowCanvas } from './canvas/FlowCanvas';
import { ScenarioNote } from './canvas/ScenarioNote';
import { MetricsPanel } from './charts/MetricsPanel';
import { CodePanel } from './code/CodePanel';
import { PanelErrorBoundary } from './common/PanelErrorBoundary';
import { Tabs } from './common/Tabs';
import { ValidationBanner } from './common/ValidationBanner';
import { LessonSlot } from './gallery/LessonSlot';
import { Inspector } from './inspector/Inspector';
import { LogPanel } from './logs/LogPanel';
import { TestPanel } from './test/TestPanel';
import { ScenarioShell } from './share/ScenarioShell';
import { Toolbar } from './toolbar/Toolbar';
import { RunScrubber } from './scrubber/RunScrubber';
import { observabilityTabs, TabFocusBridge } from './panels/observabilityTabs';

export function App() {
  return (
    <div className="app">
      <PanelErrorBoundary panel="toolbar">
        <Toolbar />
      </PanelErrorBoundary>
      <PanelErrorBoundary panel="history">
        <RunScrubber />
      </PanelErrorBoundary>
      <ValidationBanner />
      <ScenarioShell />
      <TabFocusBridge />
      <main className="workspace">
        <div className="column-main">
          <div className="canvas-row">
            <section className="panel canvas-panel" aria-label="Canvas">
              <PanelErrorBoundary panel="canvas">
                <LessonSlot />
                <ScenarioNote />
                <FlowCanvas />
              </PanelErrorBoundary>
            </section>
            <PanelErrorBoundary panel="inspector">
              <Inspector />
            </PanelErrorBoundary>
          </div>
          <section className="panel bottom-panel">
            <Tabs
              label="Function code and test"
              tabs={[
                {
                  id: 'code',
                  label: 'Code',
                  content: (
                    <PanelErrorBoundary panel="code editor">
                      <CodePanel />
                    </PanelErrorBoundary>
                  ),
                },
                {
                  id: 'test',
                  label: 'Test',
                  content: (
                    <PanelErrorBoundary panel="test">
                      <TestPanel />
                    </PanelErrorBoundary>
                  ),
                },
                ...observabilityTabs,
              ]}
            />
          </section>
        </div>
        <aside className="column-side">
          <PanelErrorBoundary panel="metrics">
            <MetricsPanel />
          </PanelErrorBoundary>
          <PanelErrorBoundary panel="logs">
            <LogPanel />
          </PanelErrorBoundary>
        </aside>
      </main>
    </div>
  );
}
