/** The public face of this module: what other modules (and the job runner) may use of it. */
export {
  type ReminderMessage,
  type ReminderSender,
  type ReminderTicker,
  reminderText,
  reminderTicker,
  runDueReminders,
  sendersFor,
} from './reminders.js';
export { householdAppointments } from './repo.js';
export { type AppointmentRouteOptions, appointmentRoutes } from './routes.js';
export { appointments, outboxMessages } from './tables.js';
