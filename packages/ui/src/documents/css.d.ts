/** Vite bundles the card's stylesheet with it; TypeScript only needs to know it exists. */
declare module "*.css";
