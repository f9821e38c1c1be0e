// The readiness summary, report and panel markup: pure functions of a lint
// result, no `vscode` import, shared by the extension's panel and exports.
export { buildSummary, icebergFacts, economicsTable, levelOf } from './summary';
export type { Summary, Gap, GapGroup, Iceberg, Economics, MetricsMix, DimensionView, Fact } from './summary';
export { renderSummaryBody, renderNoticeBody } from './html';
export { renderMarkdown } from './markdown';
export { renderHtmlReport } from './report';
export type { ReportOptions } from './report';
export { renderPanelPage, contentSecurityPolicy } from './page';
export type { PanelPage } from './page';
export { parsePanelMessage, isPanelState, isRenderMessage } from './messages';
export type { PanelMessage, PanelState, RenderMessage } from './messages';
export { escapeHtml, escapeMarkdown } from './format';
export { buildPortfolio, topGap, FUNNEL_STAGES, STATUS_ORDER, STATUS_TITLES } from './portfolio';
export type { Portfolio, PortfolioPlan, PortfolioOptions, PortfolioRow, StalledPlan, FunnelStep, Conversion } from './portfolio';
export { renderPortfolioBody, renderPortfolioPage } from './portfolioHtml';
export { renderPortfolioMarkdown } from './portfolioMarkdown';
export { PORTFOLIO_CSS } from './portfolioStyle';
export { parsePortfolioMessage, isPortfolioRenderMessage } from './portfolioMessages';
export type { PortfolioMessage, PortfolioRenderMessage } from './portfolioMessages';
