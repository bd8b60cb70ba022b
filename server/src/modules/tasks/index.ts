/** The public face of this module: its routes and the task rules job, composed by app.ts. */

export { notificationRoutes, taskRoutes } from './routes.js';
export { keepRuleTasks, runTaskRules, TASK_RULES, type TaskRule } from './rules.js';
export { tasks } from './tables.js';
