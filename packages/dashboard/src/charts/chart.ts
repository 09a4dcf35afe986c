import type { EChartsType } from 'echarts/core';
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ChartOption } from './engine.js';

export type { ChartOption } from './engine.js';

/** Colours the charts take from the page, so light and dark both read well. */
export function chartColours(host: Element): { text: string; muted: string; border: string; accent: string; danger: string } {
  const style = getComputedStyle(host);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: read('--dash-text', '#1b1f29'),
    muted: read('--dash-muted', '#4d5566'),
    border: read('--dash-border', '#dde2ea'),
    accent: read('--dash-accent', '#0b57d0'),
    danger: read('--dash-danger', '#b3261e'),
  };
}

/**
 * An ECharts drawing. It is hidden from assistive technology: every page puts the same figures
 * in a table next to it.
 */
@customElement('manyi-dashboard-chart')
export class DashboardChart extends LitElement {
  static override styles = css`
    :host {
      display: block;
      height: var(--chart-height, 280px);
      min-width: 0;
      overflow: hidden;
    }
    div {
      width: 100%;
      height: 100%;
    }
  `;

  @property({ attribute: false }) option: ChartOption | undefined;

  #chart: EChartsType | undefined;
  #resize = new ResizeObserver(() => this.#chart?.resize());

  protected override render() {
    return html`<div aria-hidden="true"></div>`;
  }

  protected override async updated(): Promise<void> {
    const box = this.renderRoot.querySelector('div');
    if (!box || !this.option) return;
    const { init } = await import('./engine.js');
    if (!this.isConnected || !this.option) return;
    this.#chart ??= init(box, undefined, { renderer: 'svg' });
    this.#chart.setOption(this.option, { notMerge: true });
    this.#resize.observe(this);
  }

  override disconnectedCallback(): void {
    this.#resize.disconnect();
    this.#chart?.dispose();
    this.#chart = undefined;
    super.disconnectedCallback();
  }
}
