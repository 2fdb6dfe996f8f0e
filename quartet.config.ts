import { defineConfig } from "@quartet/core/config";

/**
 * The plugins this installation of Quartet installs, in sidebar order: the server and the admin
 * app both read this list, and `AppRouter` is typed from it. Installing a plugin is adding its
 * package at the root (`pnpm add <package>`) and one line here; each organisation then enables
 * the plugins it uses in the admin app.
 */
export default defineConfig({
  // biome-ignore format: one line per installed plugin
  plugins: [
    { server: () => import("@quartet/prospecting/server"), admin: () => import("@quartet/prospecting/admin") },
    { server: () => import("@quartet/first-sale/server"), admin: () => import("@quartet/first-sale/admin") },
    { server: () => import("@quartet/farming/server"), admin: () => import("@quartet/farming/admin") },
    { server: () => import("@quartet/vip/server"), admin: () => import("@quartet/vip/admin") },
  ],
});
