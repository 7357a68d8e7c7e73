export { createHttpServer } from "./server.js";
export { startServer, type StartOptions } from "./start.js";
export { readServerEnv, type ServerEnv } from "./env.js";
export { createLogger, type Logger } from "./logger.js";
