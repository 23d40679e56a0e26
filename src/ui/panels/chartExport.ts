// Export a drawn chart as PNG (its SVG serialised onto a canvas, theme colours resolved) and
// its rows as CSV. Browser-only; the CSV text itself comes from seriesPoints.toCsv.

function download(name: string, href: string) {
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

export function downloadText(name: string, text: string, type = 'text/csv') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  download(name, url);
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Replace var(--x) with the value the page currently resolves, so the image looks like the screen. */
function resolveVars(svgText: string): string {
  const style = getComputedStyle(document.documentElement);
  return svgText.replace(
    /var\((--[a-zA-Z0-9-]+)\)/g,
    (_, name: string) => style.getPropertyValue(name).trim() || '#888',
  );
}

export async function downloadSvgAsPng(
  name: string,
  svg: SVGSVGElement,
  title: string,
  legend: readonly { name: string; color: string }[],
): Promise<void> {
  const box = svg.getBoundingClientRect();
  const width = Math.ceil(box.width);
  const height = Math.ceil(box.height);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const text = resolveVars(new XMLSerializer().serializeToString(clone));
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('the chart could not be drawn as an image'));
      img.src = url;
    });
    const scale = 2;
    const header = 44;
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = (height + header) * scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    const style = getComputedStyle(document.documentElement);
    ctx.scale(scale, scale);
    ctx.fillStyle = style.getPropertyValue('--panel').trim() || '#fff';
    ctx.fillRect(0, 0, width, height + header);
    ctx.fillStyle = style.getPropertyValue('--text').trim() || '#000';
    ctx.font = '600 13px system-ui, sans-serif';
    ctx.fillText(title, 8, 17);
    ctx.font = '11px system-ui, sans-serif';
    let x = 8;
    for (const l of legend) {
      ctx.fillStyle = l.color;
      ctx.fillRect(x, 29, 12, 3);
      ctx.fillStyle = style.getPropertyValue('--muted').trim() || '#555';
      ctx.fillText(l.name, x + 16, 34);
      x += 24 + ctx.measureText(l.name).width;
    }
    ctx.drawImage(img, 0, header, width, height);
    download(name, canvas.toDataURL('image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A file-name-safe slug of a chart title. */
export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'chart'
  );
}
