/** Vite bundles the admin part's stylesheets; TypeScript only needs to know they exist. */
declare module "*.css";
