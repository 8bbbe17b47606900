export { createApp, APP_DEFAULTS, type App, type AppOptions } from './app.js';
export { listen } from './server.js';
