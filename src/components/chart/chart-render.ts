/**
 * The Chart.js side of `samsyn-chart`, loaded with a dynamic import() only
 * when a chart is first shown, so that a page that never scrolls to a chart
 * never pays for Chart.js. Only the pieces drawn here are registered (bars,
 * rings and their scales), never `chart.js/auto`. The legend is HTML in the
 * element: text that wraps, zooms and is themed like the rest of the page.
 */
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  LinearScale,
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';
import type { PlotSpec } from './chart-data.js';

Chart.register(BarController, BarElement, DoughnutController, ArcElement, CategoryScale, LinearScale);

/**
 * Colours and type read from the host's custom properties, so that a portal theme reaches the canvas;
 * in forced colours, the user's system colours instead (a canvas is never adjusted by the browser).
 */
export interface Theme {
  text: string;
  muted: string;
  grid: string;
  background: string;
  /** The marks of the patterns: white over the series colours, the background colour in forced colours. */
  mark: string;
  fontFamily: string;
  fontSize: number;
  palette: string[];
}

export interface DrawnChart {
  /** A PNG of the chart for print, drawn at least at twice the CSS size (paper takes more dots than a screen). */
  toImage(): string;
  destroy(): void;
}

/**
 * Fills that tell series apart without colour: solid, stripes, dots,
 * cross-hatching, horizontal and vertical lines, in white over the series
 * colour (every default colour has at least 4.5:1 against white, so the
 * marks are visible and the bars keep 3:1 against the background). The
 * legend's swatches in chart.styles.ts draw the same marks in CSS. In forced
 * colours every series is the text colour and the marks are the background:
 * the pattern alone tells them apart.
 */
function patternFill(colour: string, index: number, ratio: number, mark: string): string | CanvasPattern {
  const kind = index % 6;
  if (kind === 0) return colour;
  const size = Math.round(8 * ratio);
  const tile = document.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const ctx = tile.getContext('2d');
  if (!ctx) return colour;
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, size, size);
  ctx.strokeStyle = mark;
  ctx.fillStyle = mark;
  ctx.lineWidth = Math.max(1, ratio * 1.25);
  ctx.beginPath();
  if (kind === 1 || kind === 3) {
    ctx.moveTo(0, size);
    ctx.lineTo(size, 0);
    ctx.moveTo(-size / 2, size / 2);
    ctx.lineTo(size / 2, -size / 2);
    ctx.moveTo(size / 2, size * 1.5);
    ctx.lineTo(size * 1.5, size / 2);
  }
  if (kind === 3) {
    ctx.moveTo(0, 0);
    ctx.lineTo(size, size);
  }
  if (kind === 4) {
    ctx.moveTo(0, size / 2);
    ctx.lineTo(size, size / 2);
  }
  if (kind === 5) {
    ctx.moveTo(size / 2, 0);
    ctx.lineTo(size / 2, size);
  }
  ctx.stroke();
  if (kind === 2) {
    ctx.beginPath();
    ctx.arc(size / 2, size / 2, size / 5, 0, Math.PI * 2);
    ctx.fill();
  }
  return ctx.createPattern(tile, 'repeat') ?? colour;
}

const LABEL_GAP = 4;

/** Draws the figures next to (or on) every bar and slice, so no reader depends on colour or hover. */
function directLabels(spec: PlotSpec, theme: Theme): Plugin<'bar' | 'doughnut'> {
  const font = (weight: number) => `${weight} ${theme.fontSize}px ${theme.fontFamily}`;
  return {
    id: 'samsynDirectLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.font = font(600);
      const boxed = (text: string, x: number, y: number) => {
        const width = ctx.measureText(text).width + 6;
        const height = theme.fontSize + 4;
        ctx.fillStyle = theme.background;
        ctx.fillRect(x - width / 2, y - height / 2, width, height);
        ctx.fillStyle = theme.text;
        ctx.textAlign = 'center';
        ctx.textBaseline = 'middle';
        ctx.fillText(text, x, y);
      };
      spec.series.forEach((series, si) => {
        const meta = chart.getDatasetMeta(si);
        meta.data.forEach((element, i) => {
          const text = series.labels[i];
          if (!text) return;
          if (spec.kind === 'doughnut') {
            const arc = element as ArcElement;
            const { startAngle, endAngle } = arc.getProps(['startAngle', 'endAngle'], true);
            if (endAngle - startAngle < 0.35) return;
            const { x, y } = arc.getCenterPoint(true);
            boxed(text, x, y);
            return;
          }
          const { x, y, base } = element.getProps(['x', 'y', 'base'], true) as { x: number; y: number; base: number };
          if (spec.stacked) {
            const length = Math.abs((spec.horizontal ? x : y) - base);
            const thickness = spec.horizontal ? (element as BarElement & { height: number }).height : (element as BarElement & { width: number }).width;
            if (length < ctx.measureText(text).width + 8 || thickness < theme.fontSize + 4) return;
            boxed(text, spec.horizontal ? (x + base) / 2 : x, spec.horizontal ? y : (y + base) / 2);
            return;
          }
          ctx.fillStyle = theme.text;
          if (spec.horizontal) {
            ctx.textAlign = 'left';
            ctx.textBaseline = 'middle';
            ctx.fillText(text, Math.max(x, base) + LABEL_GAP, y);
          } else {
            ctx.textAlign = 'center';
            ctx.textBaseline = 'bottom';
            ctx.fillText(text, x, Math.min(y, base) - LABEL_GAP);
          }
        });
      });
      if (spec.stacked && spec.totals) {
        const index = spec.horizontal ? chart.scales.y : chart.scales.x;
        const value = spec.horizontal ? chart.scales.x : chart.scales.y;
        ctx.fillStyle = theme.text;
        spec.totals.forEach((text, i) => {
          const sum = spec.series.reduce((s, series) => s + (series.values[i] ?? 0), 0);
          const end = value.getPixelForValue(sum);
          const at = index.getPixelForValue(i);
          ctx.textAlign = spec.horizontal ? 'left' : 'center';
          ctx.textBaseline = spec.horizontal ? 'middle' : 'bottom';
          if (spec.horizontal) ctx.fillText(text, end + LABEL_GAP, at);
          else ctx.fillText(text, at, end - LABEL_GAP);
        });
      }
      ctx.restore();
    },
  };
}

/** Room beside the bars for the longest direct label. */
function labelRoom(spec: PlotSpec, theme: Theme): number {
  const longest = Math.max(0, ...spec.series.flatMap((s) => s.labels.map((t) => t.length)), ...(spec.totals ?? []).map((t) => t.length));
  return Math.ceil(longest * theme.fontSize * 0.62) + LABEL_GAP * 2;
}

/** The resolution a print image is drawn at, at least: paper takes more dots than a screen. */
const PRINT_RATIO = 2;

/**
 * Draws the chart on `canvas` at the screen's real resolution: a canvas drawn at twice a 1× screen's
 * pixels costs four times the memory and the time to put on the screen, and shows nothing more.
 */
export function drawChart(canvas: HTMLCanvasElement, spec: PlotSpec, theme: Theme): DrawnChart {
  const screenRatio = window.devicePixelRatio || 1;
  // The patterns' tiles are made at print's resolution whatever the screen's: a pattern repeats in the canvas's
  // own units, so the marks keep one size on every screen and on paper.
  const ratio = Math.max(PRINT_RATIO, screenRatio);
  const fills = (count: number, offset = 0) =>
    Array.from({ length: count }, (_, i) => patternFill(theme.palette[(i + offset) % theme.palette.length], i + offset, ratio, theme.mark));
  const font = { family: theme.fontFamily, size: theme.fontSize };

  let config: ChartConfiguration<'bar' | 'doughnut'>;
  if (spec.kind === 'doughnut') {
    const series = spec.series[0];
    config = {
      type: 'doughnut',
      data: {
        labels: spec.categories,
        datasets: [
          {
            label: series.label,
            data: series.values,
            backgroundColor: fills(spec.categories.length),
            borderColor: theme.background,
            borderWidth: 2,
          },
        ],
      },
      options: { cutout: '45%' },
    };
  } else {
    const room = labelRoom(spec, theme);
    const valueAxis = {
      beginAtZero: true,
      stacked: spec.stacked,
      grid: { color: theme.grid },
      border: { color: theme.muted },
      ticks: { color: theme.muted, font, callback: (v: number | string) => spec.formatTick(Number(v)) },
      title: { display: true, text: spec.valueTitle, color: theme.muted, font },
    };
    const indexAxis = {
      stacked: spec.stacked,
      grid: { display: false },
      border: { color: theme.muted },
      ticks: { color: theme.text, font, autoSkip: false, maxRotation: 0 },
    };
    config = {
      type: 'bar',
      data: {
        labels: spec.categories,
        datasets: spec.series.map((s, i) => {
          const fill = spec.series.length > 1 ? fills(1, i)[0] : theme.palette[0];
          return {
            label: s.label,
            data: s.values,
            backgroundColor: fill,
            borderColor: theme.background,
            borderWidth: spec.stacked ? { right: spec.horizontal ? 2 : 0, top: spec.horizontal ? 0 : 2 } : 0,
            maxBarThickness: 48,
          };
        }),
      },
      options: {
        indexAxis: spec.horizontal ? 'y' : 'x',
        layout: { padding: spec.horizontal ? { right: room } : { top: theme.fontSize + LABEL_GAP * 2 } },
        scales: spec.horizontal ? { x: valueAxis, y: indexAxis } : { x: indexAxis, y: valueAxis },
      },
    };
  }
  config.options = {
    ...config.options,
    responsive: true,
    maintainAspectRatio: false,
    devicePixelRatio: screenRatio,
    // No animation: figures appear at once, print captures the final state, and reduced motion is respected.
    animation: false,
    // The figures are drawn as labels and given in the table: hover adds nothing a keyboard user could reach.
    events: [],
  };
  config.plugins = [directLabels(spec, theme)];

  const chart = new Chart(canvas, config);
  return {
    toImage: () => {
      const printRatio = Math.max(PRINT_RATIO, screenRatio);
      if (printRatio === screenRatio) return chart.toBase64Image('image/png');
      // Redrawn at print's resolution for the picture only, then back to the screen's: the canvas is hidden in print.
      chart.options.devicePixelRatio = printRatio;
      chart.resize();
      const image = chart.toBase64Image('image/png');
      chart.options.devicePixelRatio = screenRatio;
      chart.resize();
      return image;
    },
    destroy: () => chart.destroy(),
  };
}
