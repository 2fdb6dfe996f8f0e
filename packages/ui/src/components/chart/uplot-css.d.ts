/** uPlot's stylesheet, loaded with uPlot itself; TypeScript only needs to know it exists. */
declare module "uplot/dist/uPlot.min.css";
