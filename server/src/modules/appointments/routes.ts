import {
  Appointment,
  AppointmentCorrection,
  AppointmentCreate,
  AppointmentQuery,
  AppointmentTransition,
  AppointmentUpdate,
  IdParam,
  NoShowQuery,
  NoShowReport,
  OutboxMessage,
  PageQuery,
  Problem,
  page,
} from '@percee/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { changeIfMatch, withEtag } from '../../lib/etag.js';
import { lookupErrors as errors, writeErrors } from '../../lib/openapi.js';
import { registerCorrectionRoutes } from '../../platform/revision-routes.js';
import * as service from './service.js';

export interface AppointmentRouteOptions {
  settings: service.AppointmentSettings;
  /** The local sink serves a channel: its messages are listed at /dev/outbox. */
  outbox: boolean;
}

export const appointmentRoutes: FastifyPluginAsyncZod<AppointmentRouteOptions> = async (app, options) => {
  const tags = ['appointments'];
  const onRequest = app.authenticate;

  app.post(
    '/appointments',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Plan an appointment (with the household, a partner, or alone)',
        description:
          'In the caller’s agenda, or (coordinators) a colleague’s. With the household it belongs to a case the caller ' +
          'works on, and names some of its members; it becomes the case’s next planned contact. A `reminder` goes to one ' +
          'member by SMS or e-mail, in their language, the configured lead time before (two days), and only with their ' +
          'agreement: `agreed: true` is recorded with who recorded it and when. The timeline shows the place and time only.',
        body: AppointmentCreate,
        response: { 201: Appointment, ...errors, 409: Problem, 422: Problem },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await withEtag(
          reply,
          request.inTenant((tx, actor) => service.createAppointment(tx, actor, request.body, options.settings)),
        ),
      ),
  );

  app.get(
    '/appointments',
    {
      onRequest,
      schema: {
        tags,
        summary: 'The agenda: my appointments, the team’s (coordinators) or a case’s, by start time',
        description:
          'Day and week views ask for a range (`from` inclusive, `to` exclusive). `scope=team` (coordinators) lists every ' +
          'worker’s, or one worker’s with `workerId`; `caseId` lists a case’s appointments whoever holds them. Keyset ' +
          'pagination by start time.',
        querystring: AppointmentQuery,
        response: { 200: page(Appointment), ...errors },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.listAppointments(tx, actor, request.query)),
  );

  app.get(
    '/appointments/no-shows',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Missed appointments per program: the no-show rate (aggregates)',
        description:
          'Appointments of cases that started in [from, to), counted by status per program; the rate is missed / (done + missed).',
        querystring: NoShowQuery,
        response: { 200: NoShowReport, ...errors },
      },
    },
    async (request) =>
      request.inTenant((tx, actor) => service.noShowReport(tx, actor, request.query.from, request.query.to)),
  );

  app.get(
    '/appointments/:id',
    {
      onRequest,
      schema: { tags, summary: 'An appointment', params: IdParam, response: { 200: Appointment, ...errors } },
    },
    async (request, reply) =>
      withEtag(
        reply,
        request.inTenant((tx, actor) => service.getAppointment(tx, actor, request.params.id)),
      ),
  );

  app.patch(
    '/appointments/:id',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Change a planned appointment (move it, change the place, the members, the reminder)',
        description:
          'Requires If-Match. Moving an appointment with a reminder sends it again before the new time; a new ' +
          '`reminder` replaces the agreement on record, `null` removes it. Done, missed and cancelled ones answer 409.',
        params: IdParam,
        body: AppointmentUpdate,
        response: { 200: Appointment, ...writeErrors },
      },
    },
    async (request, reply) =>
      changeIfMatch(request, reply, (version) =>
        request.inTenant((tx, actor) =>
          service.updateAppointment(tx, actor, request.params.id, version, request.body, options.settings),
        ),
      ),
  );

  app.post(
    '/appointments/:id/transitions',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Mark a planned appointment done, missed or cancelled',
        description:
          'Done, for a case: `contact` is journalled on the case in the same transaction and linked. Missed: once its ' +
          'time has come (409 `appointment-not-started` before); counted in the no-show rate. Cancelled: with a ' +
          '`reason`. Requires If-Match.',
        params: IdParam,
        body: AppointmentTransition,
        response: { 200: Appointment, ...writeErrors },
      },
    },
    async (request, reply) =>
      changeIfMatch(request, reply, (version) =>
        request.inTenant((tx, actor) =>
          service.transitionAppointment(tx, actor, request.params.id, version, request.body),
        ),
      ),
  );

  registerCorrectionRoutes(app, {
    path: '/appointments/:id',
    tags,
    saved: Appointment,
    correct: {
      summary: 'Correct a past appointment (who planned it, whose agenda it is in, or a coordinator), with a reason',
      description:
        'Done, missed or cancelled appointments (a planned one is changed with PATCH: 409 `appointment-planned`). The ' +
        'fields given change; a done or missed one cannot be moved into the future (422). The earlier version stays ' +
        'in the history, the correction is on the case’s timeline and in the audit trail. Requires If-Match.',
      body: AppointmentCorrection,
      run: service.correctAppointment,
    },
    void: {
      summary: 'Void a past appointment, with a reason',
      description:
        'Nothing is deleted: it stays in the agenda, marked voided, and counts in no no-show rate. A planned one is ' +
        'cancelled instead (409 `appointment-planned`). On the case’s timeline and in the audit trail. Requires If-Match.',
      run: service.voidAppointment,
    },
    history: {
      summary: 'The earlier versions of an appointment, newest first: who replaced each, when and why',
      list: service.appointmentHistory,
    },
  });

  if (options.outbox) {
    app.get(
      '/dev/outbox',
      {
        onRequest,
        schema: {
          tags,
          summary: 'Reminders the local sink kept instead of sending (development and tests only)',
          description:
            'Present only when REMINDER_EMAIL or REMINDER_SMS is `sink`. Coordinators see every message, case workers ' +
            'those of appointments they see. Newest first.',
          querystring: PageQuery,
          response: { 200: page(OutboxMessage), ...errors },
        },
      },
      async (request) => request.inTenant((tx, actor) => service.listOutbox(tx, actor, request.query)),
    );
  }
};
