// Okabe–Ito: eight colours told apart with every common colour-vision deficiency, and readable
// on both the light and the dark theme.
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  grey: '#999999',
} as const;

/** Timeline colours per segment look (busy segments by outcome). */
export const SEGMENT_COLORS: Record<string, string> = {
  platform: OKABE_ITO.skyBlue,
  init: OKABE_ITO.orange,
  ok: OKABE_ITO.blue,
  error: OKABE_ITO.vermillion,
  crash: OKABE_ITO.vermillion,
  timeout: OKABE_ITO.purple,
};
