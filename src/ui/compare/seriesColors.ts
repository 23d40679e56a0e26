import { OKABE_ITO } from '../panels/palette';

// One colour (and dash) per variant: Okabe–Ito, told apart with every common colour-vision
// deficiency; the dash pattern is a second cue when lines overlap.
const ORDER = [OKABE_ITO.blue, OKABE_ITO.orange, OKABE_ITO.green, OKABE_ITO.vermillion, OKABE_ITO.purple, OKABE_ITO.skyBlue, OKABE_ITO.grey, OKABE_ITO.yellow];
const DASHES = ['', '6 3', '2 2', '8 3 2 3', '4 4', '1 3', '10 4', '3 6'];

export function variantColor(index: number): string {
  return ORDER[index % ORDER.length];
}

export function variantDash(index: number): string {
  return DASHES[index % DASHES.length];
}
