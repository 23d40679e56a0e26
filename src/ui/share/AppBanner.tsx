import { useUiStore } from '../../state/uiStore';

/** What happened to the last link, file or import: opened (and how it runs), or why not. */
export function AppBanner() {
  const banner = useUiStore((s) => s.banner);
  const setBanner = useUiStore((s) => s.setBanner);
  if (!banner) return null;
  return (
    <div
      className={`banner app-banner banner-${banner.kind}`}
      role={banner.kind === 'error' ? 'alert' : 'status'}
      data-testid={banner.kind === 'error' ? 'link-error' : 'link-banner'}
    >
      <div>
        <strong>{banner.message}</strong>
        {banner.details && banner.details.length > 0 && (
          <ul className="banner-details">
            {banner.details.slice(0, 12).map((d, i) => (
              <li key={i}>
                <code>{d}</code>
              </li>
            ))}
            {banner.details.length > 12 && <li>…and {banner.details.length - 12} more</li>}
          </ul>
        )}
      </div>
      <button type="button" className="btn-link" onClick={() => setBanner(null)} aria-label="Dismiss">
        ✕
      </button>
    </div>
  );
}
