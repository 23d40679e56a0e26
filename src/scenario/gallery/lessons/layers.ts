import type { Lesson } from '../lessonTypes';

const sharedLib = `// Shared code, packaged once as a layer and used by many functions.
exports.formatPrice = (cents, currency = 'EUR') =>
  new Intl.NumberFormat('en-IE', { style: 'currency', currency }).format(cents / 100);
`;

const handlerCode = (name: string) => `import { formatPrice } from 'shop-utils';

export const handler = async (event) => {
  const price = formatPrice(event.cents ?? 1999);
  console.log(\`${name} shows \${price}\`);
  return { statusCode: 200, body: price };
};
`;

export const layers: Lesson = {
  id: 'layers',
  title: 'Layers: shared code in /opt',
  text: {
    tryThis:
      'Press **Run** and read the logs of both functions. Then edit `formatPrice` in the **shop-utils** layer (for example, change the currency to USD) and run again.',
    notice:
      "Neither function contains `shop-utils`, yet both import it: the layer's `nodejs/node_modules/shop-utils` is extracted to `/opt/nodejs/node_modules`, where Node.js looks for packages. A change to the layer changes both functions.",
    why:
      'A layer is a .zip archive of code or data that Lambda extracts to `/opt` in every execution environment of the functions that use it. A function can use up to 5 layers, applied in order (a later one overwrites the same path of an earlier one), and the unzipped total of function and layers must stay under 250 MB. ' +
      'On AWS a layer is versioned: a function pins one version, so publishing a new version does not change running functions until they are updated. (AWS DG: *Managing Lambda dependencies with layers*.)',
  },
  scenario: {
    version: 1,
    name: 'Layers',
    seed: 1,
    durationSeconds: 10,
    cpu: 'ignored',
    nodes: [
      {
        id: 'shopUtils',
        kind: 'layer',
        name: 'shop-utils',
        position: { x: 380, y: 0 },
        files: { 'nodejs/node_modules/shop-utils/index.js': sharedLib },
      },
      {
        id: 'visitors',
        kind: 'client',
        name: 'Visitors',
        position: { x: 40, y: 200 },
        traffic: { pattern: 'constant', ratePerSecond: 1 },
        payloads: [{ body: { cents: 1999 } }],
      },
      {
        id: 'cart',
        kind: 'function',
        name: 'cart',
        position: { x: 380, y: 140 },
        layers: ['shopUtils'],
        files: { 'index.mjs': handlerCode('cart') },
      },
      {
        id: 'catalog',
        kind: 'function',
        name: 'catalog',
        position: { x: 380, y: 280 },
        layers: ['shopUtils'],
        files: { 'index.mjs': handlerCode('catalog') },
      },
    ],
    edges: [
      { id: 'visitors-cart', from: 'visitors', to: 'cart', kind: 'invoke' },
      { id: 'visitors-catalog', from: 'visitors', to: 'catalog', kind: 'invoke' },
    ],
  },
};
