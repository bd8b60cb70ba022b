/**
 * Percée API: TypeScript types generated from the OpenAPI document by openapi-typescript.
 * Do not edit: run `pnpm --filter @percee/server gen:client`. See docs/integration.md.
 */

export interface paths {
    "/api/v1/admin/api-clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organisation's API clients (machine clients of other systems) */
        get: operations["getAdminApiClients"];
        put?: never;
        /**
         * Register an API client; its secret is shown once
         * @description Answers the client id and a secret (256 random bits). Only the SHA-256 of the secret is stored: copy it now.
         */
        post: operations["postAdminApiClients"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/api-clients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An API client (its ETag is its version) */
        get: operations["getAdminApiClientsById"];
        put?: never;
        post?: never;
        /**
         * Revoke an API client: its tokens stop on their next request
         * @description The client is kept (revoked) for the audit trail. If-Match is checked when sent.
         */
        delete: operations["deleteAdminApiClientsById"];
        options?: never;
        head?: never;
        /**
         * Rename an API client or change its scopes (requires If-Match)
         * @description Narrowing the scopes ends the tokens issued with the old ones.
         */
        patch: operations["patchAdminApiClientsById"];
        trace?: never;
    };
    "/api/v1/admin/api-clients/{id}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the secret of an API client; the new one is shown once
         * @description The old secret and every token issued with it stop working at once. If-Match is checked when sent.
         */
        post: operations["postAdminApiClientsByIdRotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit trail, newest first, with filters
         * @description Every recorded read and change of the organisation: who (user or machine client), when, what, and the changed fields: `{ field: [before, after] }` for administrative records (users, sites, programs, clients, settings), the field names only for case and household content, which admins do not read. Keyset pagination on the chain position.
         */
        get: operations["getAdminAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/audit.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail as CSV (same filters; oldest first; UTF-8 with BOM, opens in Excel) */
        get: operations["getAdminAuditCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/audit/head": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The latest hash of the audit chain, to anchor outside Percée
         * @description Store the answer somewhere the database administrators cannot change (another system, a signed e-mail, a printed register): a later `verify` whose chain no longer contains this hash at this position shows the trail was rewritten.
         */
        get: operations["getAdminAuditHead"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Walk the organisation's audit hash chain
         * @description Recomputes every row’s hash and checks that each row follows the previous one. `ok: false` names the first broken row (a changed row, a missing row, or a broken link). With `seq` and `hash` of a head anchored earlier, also checks that the chain still holds it: a chain rewritten from that point, or cut short, is then found too.
         */
        get: operations["getAdminAuditVerify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/partner-services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a partner service (partner accounts are then linked to it) */
        post: operations["postAdminPartnerServices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/partner-services/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename or deactivate a partner service (deactivating ends what its accounts see) */
        patch: operations["patchAdminPartnerServicesById"];
        trace?: never;
    };
    "/api/v1/admin/retention/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dry run: the households a retention run would pseudonymise now (references and counts only)
         * @description Oldest closure first, keyset-paginated; `due` and `held` count every page. Households under a legal hold are listed with `held: true`; a run never touches them.
         */
        get: operations["getAdminRetentionPreview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/retention/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pseudonymise every due household that is not held (audited; a second run does nothing) */
        post: operations["postAdminRetentionRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/retention/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's retention period (months after the last case closed) */
        get: operations["getAdminRetentionSettings"];
        /** Set the retention period (1 to 600 months) */
        put: operations["putAdminRetentionSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organisation's sites (head office, antennas) */
        get: operations["getAdminSites"];
        put?: never;
        /** Create a site */
        post: operations["postAdminSites"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/sites/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update or deactivate a site */
        patch: operations["patchAdminSitesById"];
        trace?: never;
    };
    "/api/v1/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organisation's user accounts */
        get: operations["getAdminUsers"];
        put?: never;
        /** Create a user account */
        post: operations["postAdminUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update, disable or reset the password of a user account
         * @description Disabling an account or resetting its password ends all its sessions at once.
         */
        patch: operations["patchAdminUsersById"];
        trace?: never;
    };
    "/api/v1/admin/users/{id}/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Reset a user's two-factor sign-in (lost phone): they enrol again; their sessions end */
        delete: operations["deleteAdminUsersByIdTotp"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/webhook-deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Webhook deliveries, most recently changed first (`status=failed`: the ones given up on) */
        get: operations["getAdminWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/webhook-deliveries/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a failed or cancelled delivery again, with a fresh retry budget */
        post: operations["postAdminWebhookDeliveriesByIdRetry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment-instruments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the assessment instruments of the organisation
         * @description Each instrument lists its domains and score levels, with labels per language (fr, nl, en).
         */
        get: operations["getAssessmentInstruments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with e-mail and password
         * @description Returns a short-lived access token and sets a rotating refresh token in an httpOnly, SameSite=Strict cookie. For an account with two-factor sign-in, returns instead a short-lived `challenge` (not a session) to complete with `POST /api/v1/auth/login/totp`.
         */
        post: operations["postAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finish a sign-in with a TOTP code or a recovery code
         * @description The `challenge` comes from `POST /api/v1/auth/login`. A code is accepted once (a replay within its 30-second window is refused); a recovery code works once.
         */
        post: operations["postAuthLoginTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session (revokes its refresh tokens) */
        post: operations["postAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange the refresh cookie for a new access token (and a new refresh cookie) */
        post: operations["postAuthRefresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/avoided-costs/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Avoided social costs of the breakthrough method: households, plans, breakthroughs, money (aggregates)
         * @description Households followed (a case in a breakthrough-method program open at some time in the period), with an activated plan, with at least one breakthrough achieved in the period; breakthroughs achieved in the period and the sums of their realised gross avoided cost, intervention cost and net avoided cost; return per euro. Dates are ISO dates (UTC), both ends inclusive. Filters: program, site (of the household), coach (primary worker), breakthrough category. groupBy splits the same figures by month, program, site or category. No personal data. Definitions: docs/avoided-costs.md. Coordinators, admins and analysts.
         */
        get: operations["getAvoidedCostsSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/avoided-costs/summary.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The avoided-cost summary as CSV: the total line, then one line per group (with groupBy)
         * @description Same filters and figures as `GET /avoided-costs/summary`; amounts in cents. No personal data.
         */
        get: operations["getAvoidedCostsSummaryCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/breakthroughs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A breakthrough (its ETag is its version)
         * @description Case workers reach the cases they work on, coordinators every case of the organisation (404 otherwise); admins, partners and analysts never see plan content (403).
         */
        get: operations["getBreakthroughsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a breakthrough still open (its cost and sign-off flag only while proposed)
         * @description Requires If-Match. Case workers reach the cases they work on, coordinators every case of the organisation (404 otherwise); admins, partners and analysts never see plan content (403).
         */
        patch: operations["patchBreakthroughsById"];
        trace?: never;
    };
    "/api/v1/breakthroughs/{id}/scenario": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace the avoided-cost model of a breakthrough: without and with scenarios, horizon
         * @description Not once achieved or abandoned (409). Unknown or inactive catalogue items answer 422 with the path of the line. Requires If-Match. Case workers reach the cases they work on, coordinators every case of the organisation (404 otherwise); admins, partners and analysts never see plan content (403).
         */
        put: operations["putBreakthroughsByIdScenario"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/breakthroughs/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a breakthrough: proposed → approved → in_progress → achieved | abandoned
         * @description Approval and rejection (proposed → abandoned, with a reason) are a coordinator's (403 otherwise); case workers start, achieve and abandon (with a reason). A breakthrough that needs no sign-off may start straight from proposed. An illegal move answers 409 naming the allowed moves. Achieving freezes the realised figures, priced on achievedOn (default today). Requires If-Match. Case workers reach the cases they work on, coordinators every case of the organisation (404 otherwise); admins, partners and analysts never see plan content (403).
         */
        post: operations["postBreakthroughsByIdTransitions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/breakthroughs/awaiting-approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Breakthroughs waiting for a sign-off, oldest first (the coordinator approval queue)
         * @description Coordinators see the whole organisation; case workers the ones on their cases.
         */
        get: operations["getBreakthroughsAwaitingApproval"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/caseload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My caseload: open cases, most urgent first (overdue contacts, pending actions; keyset-paginated)
         * @description Overdue contacts first (most overdue first), then cases awaiting an action (assessment missing, evaluation due, planned contact within 3 days), then the rest; each by due date (none last), then id. The urgency of every page of one walk is computed at the instant of its first page (carried in the cursor).
         */
        get: operations["getCaseload"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/caseload.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My caseload (or a worker's, for coordinators) as CSV, most urgent first; the export is audited */
        get: operations["getCaseloadCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List cases (filter by stage, program, worker, site, overdue, updated since; keyset-paginated)
         * @description With `updatedSince`, a sync: every case changed since then, oldest change first, ordered by (updatedAt, id) with a stable cursor (`sort` is then `updated`). Closures are also in the event feed (`case.closed`).
         */
        get: operations["getCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case list as CSV (same filters and order as the list, every page); the export is audited */
        get: operations["getCasesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A case (its ETag is its version) */
        get: operations["getCasesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/aid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the aid granted on a case, newest first
         * @description Newest grant date first; grants of the same date, the latest recorded first.
         */
        get: operations["getCasesByIdAid"];
        put?: never;
        /**
         * Record aid granted to the household
         * @description Material, financial or social aid; `amountCents` is an integer number of cents (e.g. 12 345 for 123.45 €). The case timeline shows the kind and nature only. Closed cases take no new aid (409 `case-closed`).
         */
        post: operations["postCasesByIdAid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/aid/total": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many grants of aid a case has, and their total amount in cents */
        get: operations["getCasesByIdAidTotal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the assessments of a case, oldest first
         * @description The first-versus-latest comparison over every assessment is `GET /cases/{id}/assessments/progress`.
         */
        get: operations["getCasesByIdAssessments"];
        put?: never;
        /**
         * Record an assessment of the household
         * @description Only while the case is in the `assessment` or `evaluation` stage (409 `wrong-stage` otherwise); the assessment keeps that stage. Each score names a domain of the instrument, at most once, with one of its levels (422 with a field error per offending score). `assessedAt` cannot be in the future.
         */
        post: operations["postCasesByIdAssessments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/assessments/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Progress per domain between the first and the latest assessment
         * @description For the instrument used most on the case: every domain with the score of the first and of the latest assessment that scored it, and the change (latest − first; positive is better). Domains never scored are null; a case without assessments has `instrumentId` null and no domains.
         */
        get: operations["getCasesByIdAssessmentsProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transfer a case to another primary worker (coordinators)
         * @description Beyond the program's caseload limit this answers 409 unless a coordinator gives caseloadOverrideReason. Requires If-Match.
         */
        post: operations["postCasesByIdAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/breakthroughs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The breakthroughs of a case, with their scenarios and expected or realised avoided costs
         * @description Oldest proposal first. Case workers reach the cases they work on, coordinators every case of the organisation (404 otherwise); admins, partners and analysts never see plan content (403).
         */
        get: operations["getCasesByIdBreakthroughs"];
        put?: never;
        /**
         * Propose a breakthrough in the plan of a case, with its avoided-cost scenarios
         * @description The expected figures are priced on the proposal date. A scenario line naming an unknown or inactive catalogue item answers 422 with its path. Money needs a sign-off (needsApproval). Case workers reach the cases they work on, coordinators every case of the organisation (404 otherwise); admins, partners and analysts never see plan content (403).
         */
        post: operations["postCasesByIdBreakthroughs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/co-workers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the co-workers of a case (coordinators) */
        put: operations["putCasesByIdCoWorkers"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the contacts of a case, newest first */
        get: operations["getCasesByIdContacts"];
        put?: never;
        /**
         * Record a contact with the household
         * @description Journals a contact (visit, call, meeting…) and moves the case’s contact clock: the latest contact, the next planned one and when the next contact is due. `occurredAt` cannot be in the future (5 minutes of clock skew allowed); `nextPlannedAt` must come after it. The case timeline shows the type and duration only, never the notes. Closed cases take no new contacts (409 `case-closed`).
         */
        post: operations["postCasesByIdContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/contacts.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contact journal of a case as CSV, newest first (notes included); the export is audited */
        get: operations["getCasesByIdContactsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/involvements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Partner services involved in the case (ended ones included), and whether a consent covers each now
         * @description Oldest involvement first.
         */
        get: operations["getCasesByIdInvolvements"];
        put?: never;
        /**
         * Involve a partner service in the case for a purpose (coordinators and the case workers)
         * @description Requires an active consent or legal basis (granted, not expired, not withdrawn) covering that partner service and purpose for a member of the household: 409 `consent-missing` otherwise, naming the service and purpose.
         */
        post: operations["postCasesByIdInvolvements"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/involvements/{involvementId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a partner service's involvement (its accounts stop seeing the case at once) */
        post: operations["postCasesByIdInvolvementsByInvolvementIdEnd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The breakthrough plan of a case: goals by life domain, deadlocks, status (its ETag is its version)
         * @description Case workers reach the cases they work on, coordinators every case of the organisation (404 otherwise); admins, partners and analysts never see plan content (403).
         */
        get: operations["getCasesByIdPlan"];
        put?: never;
        /**
         * Open the breakthrough plan of a case (one per case, in a breakthrough-method program)
         * @description Starts as a draft. Case workers reach the cases they work on, coordinators every case of the organisation (404 otherwise); admins, partners and analysts never see plan content (403).
         */
        post: operations["postCasesByIdPlan"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Revise the goals and deadlocks of the plan (the previous version is kept)
         * @description Requires If-Match (428 without, 412 when stale). A completed plan is not revised (409). Case workers reach the cases they work on, coordinators every case of the organisation (404 otherwise); admins, partners and analysts never see plan content (403).
         */
        patch: operations["patchCasesByIdPlan"];
        trace?: never;
    };
    "/api/v1/cases/{id}/plan/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move the plan: draft → active (agreed with the household) → completed
         * @description An illegal move answers 409 naming the allowed moves; completing needs every breakthrough achieved or abandoned. Requires If-Match. Case workers reach the cases they work on, coordinators every case of the organisation (404 otherwise); admins, partners and analysts never see plan content (403).
         */
        post: operations["postCasesByIdPlanTransitions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/plan/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every version of the plan, newest first (immutable snapshots)
         * @description Case workers reach the cases they work on, coordinators every case of the organisation (404 otherwise); admins, partners and analysts never see plan content (403).
         */
        get: operations["getCasesByIdPlanVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case's timeline: every step, who, when, why (newest first; keyset-paginated) */
        get: operations["getCasesByIdTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a case to another stage of the cycle
         * @description Allowed moves: intake→assessment→planning→monitoring→evaluation, evaluation→assessment (re-assessment), and any open stage→exit with a closure reason. An illegal move answers 409 naming the allowed moves. Requires If-Match.
         */
        post: operations["postCasesByIdTransitions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consents/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the withdrawal of a consent or legal basis (kept in the register, never deleted)
         * @description Takes effect at once: a partner service that saw a case under it loses access on its next request. Withdrawing twice answers 409.
         */
        post: operations["postConsentsByIdWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cost-catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The social cost catalogue: unit costs with their price history (case roles, analysts, admins) */
        get: operations["getCostCatalogue"];
        put?: never;
        /** Add an item to the cost catalogue, with its first price (admins) */
        post: operations["postCostCatalogue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cost-catalogue/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the labels, source note, review flag or active flag of a catalogue item (admins)
         * @description Prices are not changed here: add a new price from a date.
         */
        patch: operations["patchCostCatalogueById"];
        trace?: never;
    };
    "/api/v1/cost-catalogue/{id}/prices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a price valid from a date (admins)
         * @description Past prices are never changed: the new price must start after the latest one (409 otherwise). Figures already realised keep the prices of their date. Open breakthroughs using the item are re-priced: 422 `amount-too-large` if one of their scenarios would then exceed its bound.
         */
        post: operations["postCostCatalogueByIdPrices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organisation's events as CloudEvents, oldest first, to replay or poll
         * @description Resume from the `nextCursor` of your last page (`after`): events come in commit order and none is ever inserted behind a cursor you hold, so a reader that keeps its cursor misses nothing (it may see an event it also got by webhook: deduplicate on `id`). Closures and decisions are events too (`case.closed`, `referral.decided`), so a syncing client sees them here.
         */
        get: operations["getEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search households by name, reference or address (accent- and case-insensitive)
         * @description With `updatedSince`, a sync: every household changed since then, oldest change first, ordered by (updatedAt, id) with a stable cursor.
         */
        get: operations["getHouseholds"];
        put?: never;
        /**
         * Register a household with its members and problems
         * @description Answers 409 `possible-duplicate` with `duplicates` (references only) when a member (name + birth date) or the address matches a known household; send `confirmNotDuplicate: true` after checking. Honours Idempotency-Key.
         */
        post: operations["postHouseholds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The household list as CSV (same filters as the search; UTF-8 with BOM, opens in Excel) */
        get: operations["getHouseholdsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A household file: members and problems (its ETag is its version) */
        get: operations["getHouseholdsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update the address or problems of a household (requires If-Match) */
        patch: operations["patchHouseholdsById"];
        trace?: never;
    };
    "/api/v1/households/{id}/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who looked at this file: reads and changes of the household and its members, cases and records
         * @description For the data subject (GDPR art. 15): by whom (user or machine client) and when, newest first. Consulting it is itself recorded.
         */
        get: operations["getHouseholdsByIdAccessLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households/{id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The household's consent and legal-basis register, withdrawn and expired lines included
         * @description Admins, coordinators and case workers of a case of the household (404 otherwise). Filter by person with `personId`. Oldest line first, keyset-paginated.
         */
        get: operations["getHouseholdsByIdConsents"];
        put?: never;
        /** Record a member's consent or another legal basis for a purpose and a partner service */
        post: operations["postHouseholdsByIdConsents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households/{id}/legal-holds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A household's legal holds, active and released (newest first; keyset-paginated) */
        get: operations["getHouseholdsByIdLegalHolds"];
        put?: never;
        /** Place a legal hold: the retention job never erases the household while it is active */
        post: operations["postHouseholdsByIdLegalHolds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households/{id}/legal-holds/{holdId}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Release a legal hold (the household becomes subject to retention again) */
        post: operations["postHouseholdsByIdLegalHoldsByHoldIdRelease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a member to a household */
        post: operations["postHouseholdsByIdMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households/{id}/members/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct a member of a household */
        patch: operations["patchHouseholdsByIdMembersByPersonId"];
        trace?: never;
    };
    "/api/v1/households/duplicate-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Possible duplicates of a household being registered (references and reasons only) */
        post: operations["postHouseholdsDuplicateCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import households in bulk (CSV, JSON lines or JSON array); all or nothing
         * @description Every row is validated with the same schema as `POST /households` (`HouseholdCreate`) and created by the same rules (duplicates, programs...). `dryRun=true` answers 200 with a row-by-row report and writes nothing; a commit writes every row in one transaction (201 with the report and the new ids) or none (422 with the report). Limits: 5000 rows and 10485760 bytes (413 beyond). CSV and JSON lines are parsed as they stream in. Honours Idempotency-Key.
         */
        post: operations["postImportsHouseholds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import referrals in bulk (CSV, JSON lines or JSON array); all or nothing
         * @description Every row is validated with the same schema as `POST /referrals` (`ReferralCreate`) and created by the same rules (duplicates, programs...). `dryRun=true` answers 200 with a row-by-row report and writes nothing; a commit writes every row in one transaction (201 with the report and the new ids) or none (422 with the report). Limits: 5000 rows and 10485760 bytes (413 beyond). CSV and JSON lines are parsed as they stream in. Honours Idempotency-Key.
         */
        post: operations["postImportsReferrals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inquiries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List help-desk inquiries, newest first
         * @description Optionally within a period: `from` (inclusive) and `to` (exclusive), ISO 8601 instants; and of one `channel` or `outcome`.
         */
        get: operations["getInquiries"];
        put?: never;
        /**
         * Log a help-desk inquiry
         * @description Reception logs every inquiry of the one-stop social office, for activity figures. **Entries hold no personal data by design: never enter names, addresses, phone numbers or national numbers in `topic` or `routedTo`** — describe the question ("rent arrears, eviction notice"), not the person. When the outcome is `referral_created`, `referralId` names the referral (400 if missing, 422 if unknown); only then may it be given. `siteId`, if given, must be a site of the organisation (422). `receivedAt` cannot be in the future.
         */
        post: operations["postInquiries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inquiries.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The help-desk log as CSV, newest first (same filters as the list); the export is audited */
        get: operations["getInquiriesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/totp/enrolment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start setting up two-factor sign-in (TOTP): a new secret, shown this once
         * @description The secret is kept encrypted and pending until `POST /api/v1/me/totp/enrolment/confirm` receives a first valid code. Starting again replaces a pending secret.
         */
        post: operations["postMeTotpEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/totp/enrolment/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm two-factor sign-in with a first valid code; returns single-use recovery codes, shown once
         * @description An enrolment-only session (an admin where TOTP is required) gets a full one with `POST /api/v1/auth/refresh` afterwards.
         */
        post: operations["postMeTotpEnrolmentConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/oauth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get an access token for a machine client (OAuth2 client credentials)
         * @description RFC 6749 section 4.4. Send `grant_type=client_credentials` form-encoded (or as JSON), with the client id and secret in HTTP Basic authentication or in the body. The token is a JWT valid for 5 to 15 minutes (`expires_in`), carrying `sub` = client id, `org`, `scope` and `kind: "client"`. Revoking or rotating the client ends its tokens at once.
         */
        post: operations["oauthToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner-services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's partner services (recipients in the consent register) */
        get: operations["getPartnerServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Our cases: the cases the partner's service is involved in, while a consent or legal basis covers it (by household reference; keyset-paginated)
         * @description A reduced view: reference, stage, program, next contact date and the involvements. Never contact notes, assessments, problems, aid or money.
         */
        get: operations["getPartnerCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of our cases, reduced view (404 once the involvement ends or the consent lapses) */
        get: operations["getPartnerCasesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything held about a person, as JSON (GDPR art. 15 and 20; coordinators, who may read the file; audited)
         * @description The person, their household (other members are counted, not shown), problems, referrals, cases with timeline, contacts, assessments, aid, plans and breakthroughs, linked help-desk inquiries, legal holds, and the audit of reads and changes of the file.
         */
        get: operations["getPersonsByIdExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's programs (methods, caseload limits, contact intervals) */
        get: operations["getPrograms"];
        put?: never;
        /** Create a program (admins) */
        post: operations["postPrograms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a program (admins); a new contact interval re-computes the due dates of its open cases */
        patch: operations["patchProgramsById"];
        trace?: never;
    };
    "/api/v1/programs/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Active programs as choices for a referral form (id, name, method): every signed-in role
         * @description Partners and analysts do not read the program settings (`GET /programs`); this is what they may see of a program.
         */
        get: operations["getProgramsOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The referral inbox (coordinators), or the referrals you sent (others); newest first
         * @description With `updatedSince`, a sync: every referral changed since then, oldest change first, ordered by (updatedAt, id) with a stable cursor. Machine clients see the whole organisation.
         */
        get: operations["getReferrals"];
        put?: never;
        /**
         * Refer a household (existing, or new with its members)
         * @description Honours Idempotency-Key: a retry with the same key and body gets the first response (and creates nothing more).
         */
        post: operations["postReferrals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The referral list as CSV (the inbox, or the referrals you sent; same filter); the export is audited */
        get: operations["getReferralsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A referral and its decision (its ETag is its version) */
        get: operations["getReferralsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a referral: opens a case at intake, assigned to a case worker (coordinators)
         * @description All criteria of the program's eligibility checklist must be met (422 otherwise). Beyond the worker's caseload limit: 409 `caseload-full` unless `caseloadOverrideReason` is given.
         */
        post: operations["postReferralsByIdAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline a referral with a reason the referrer can see (coordinators) */
        post: operations["postReferralsByIdDecline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a referral not decided yet (its referrer or a coordinator) */
        post: operations["postReferralsByIdWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The activity report for a period (referrals, diagnostics, accompaniments, closures, contacts, progress, aid)
         * @description Every figure is defined in docs/reports.md. Analysts receive aggregates only: counts from 1 to 4 read "<5".
         */
        get: operations["getReportsActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/activity.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The activity report as CSV (UTF-8 with BOM; opens in Excel) */
        get: operations["getReportsActivityCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The team dashboard: caseload against limits, overdue contacts, referrals waiting, stage funnel, monthly flow */
        get: operations["getReportsTeam"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/team.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The team dashboard as CSV: section, figure, key, value (coordinators, admins) */
        get: operations["getReportsTeamCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's active sites, for filters (names only) */
        get: operations["getSites"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Active case workers and coordinators with their open caseload */
        get: operations["getTeam"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Webhook subscriptions: all of the organisation (admins), or your own (clients) */
        get: operations["getWebhooks"];
        put?: never;
        /**
         * Subscribe a URL to event types; the signing secret is shown once
         * @description Each event is POSTed as a CloudEvents 1.0 JSON body (`application/cloudevents+json`), signed like Standard Webhooks: headers `webhook-id`, `webhook-timestamp`, `webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">` with the base64 key after `whsec_`. Any 2xx is a success; anything else is retried with exponential backoff. URLs must be https (plain http only to localhost outside production); a host that resolves to a loopback, private, link-local, CGNAT, multicast, unique-local or cloud metadata address is refused (400) unless the installation allows it, and is checked again at every delivery. Redirects are not followed. Honours Idempotency-Key.
         */
        post: operations["postWebhooks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A webhook subscription (its ETag is its version) */
        get: operations["getWebhooksById"];
        put?: never;
        post?: never;
        /** Unsubscribe: pending deliveries are cancelled */
        delete: operations["deleteWebhooksById"];
        options?: never;
        head?: never;
        /** Change the URL or event types of a subscription, or pause it (requires If-Match) */
        patch: operations["patchWebhooksById"];
        trace?: never;
    };
    "/api/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace the signing secret of a subscription; the new one is shown once */
        post: operations["postWebhooksByIdRotateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up */
        get: operations["getHealthLive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The database answers */
        get: operations["getHealthReady"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AccessToken: {
            accessToken: string;
            /**
             * Format: int64
             * @description Seconds until the access token expires
             */
            expiresIn: number;
            /** @constant */
            tokenType: "Bearer";
        };
        ActivityReport: {
            accompaniments: {
                active: number | "<5";
                activeByType: {
                    count: number | "<5";
                    /** @enum {string} */
                    key: "housing_keeping" | "housing_search" | "housing_access" | "masp" | "family_coaching" | "case_management" | "outreach";
                }[];
                closed: number | "<5";
                started: number | "<5";
            };
            aid: {
                byKind: {
                    count: number | "<5";
                    /** @enum {string} */
                    key: "medical_care" | "housing" | "food" | "clothing" | "mobility" | "water" | "energy" | "other";
                    totalCents: number | "<5";
                }[];
                byNature: {
                    count: number | "<5";
                    /** @enum {string} */
                    key: "material" | "financial" | "social";
                    totalCents: number | "<5";
                }[];
                grants: number | "<5";
                totalCents: number | "<5";
            };
            assessmentProgress: {
                cases: number | "<5";
                domains: {
                    cases: number | "<5";
                    domain: string;
                    meanChange: number | null;
                    meanFirst: number | null;
                    meanLatest: number | null;
                }[];
            };
            closures: {
                byReason: {
                    count: number | "<5";
                    /** @enum {string} */
                    key: "goals_reached" | "refused_or_disengaged" | "never_reached" | "not_admitted" | "moved_away" | "transferred" | "other";
                }[];
                total: number | "<5";
            };
            /**
             * Format: date-time
             * @description When these figures were computed: served from a snapshot at most REPORT_CACHE_SECONDS old
             */
            computedAt: string;
            contacts: {
                averageIntervalDays: number | null;
                byType: {
                    count: number | "<5";
                    /** @enum {string} */
                    key: "home_visit" | "office" | "phone" | "video" | "street_outreach" | "with_partner";
                }[];
                casesWithContact: number | "<5";
                perActiveCase: number | null;
                total: number | "<5";
            };
            diagnostics: {
                done: number | "<5";
                withoutAccompaniment: number | "<5";
                withoutAccompanimentByReason: {
                    count: number | "<5";
                    /** @enum {string} */
                    key: "goals_reached" | "refused_or_disengaged" | "never_reached" | "not_admitted" | "moved_away" | "transferred" | "other";
                }[];
            };
            duration: {
                averageDays: number | null;
                closedCases: number | "<5";
                medianDays: number | null;
            };
            period: {
                /** Format: date */
                from: string;
                /** Format: date */
                to: string;
            };
            referrals: {
                accepted: number | "<5";
                declined: number | "<5";
                declinedByReason: {
                    count: number | "<5";
                    /** @enum {string} */
                    key: "no_real_request" | "not_eligible" | "out_of_territory" | "capacity_full" | "duplicate" | "other";
                }[];
                pending: number | "<5";
                received: number | "<5";
                withdrawn: number | "<5";
            };
            /** @description Small counts are hidden (the reader sees aggregates only) */
            suppressed: boolean;
        };
        Aid: {
            amountCents: number | null;
            /** Format: uuid */
            caseId: string;
            /** Format: date */
            grantedOn: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "medical_care" | "housing" | "food" | "clothing" | "mobility" | "water" | "energy" | "other";
            /** @enum {string} */
            nature: "material" | "financial" | "social";
            note: string | null;
            /** Format: uuid */
            recordedBy: string;
        };
        AidCreateInput: {
            /** @default null */
            amountCents: number | null;
            /** Format: date */
            grantedOn: string;
            /** @enum {string} */
            kind: "medical_care" | "housing" | "food" | "clothing" | "mobility" | "water" | "energy" | "other";
            /** @enum {string} */
            nature: "material" | "financial" | "social";
            /** @default null */
            note: string | null;
        };
        AidTotal: {
            /** Format: int64 */
            grants: number;
            /**
             * Format: int64
             * @description Sum of the amounts in cents; grants without an amount add 0
             */
            totalCents: number;
        };
        /**
         * @description A machine client (another municipal system) of one organisation
         * @example {
         *       "id": "0b7d5c3e-8a1f-4c55-9a34-2f1e6b7c9d01",
         *       "name": "Population register of La Louvière",
         *       "scopes": [
         *         "referrals:write",
         *         "referrals:read",
         *         "events:subscribe"
         *       ],
         *       "active": true,
         *       "createdAt": "2026-03-02T09:15:00.000Z",
         *       "updatedAt": "2026-03-02T09:15:00.000Z",
         *       "rotatedAt": null,
         *       "revokedAt": null,
         *       "lastTokenAt": "2026-03-04T07:00:12.000Z",
         *       "version": 1
         *     }
         */
        ApiClient: {
            /** @description False once revoked */
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: uuid
             * @description The OAuth2 `client_id`
             */
            id: string;
            /** @description When it last obtained a token */
            lastTokenAt: string | null;
            name: string;
            revokedAt: string | null;
            rotatedAt: string | null;
            scopes: ("referrals:write" | "referrals:read" | "households:read" | "households:write" | "cases:read" | "reports:read" | "events:subscribe")[];
            /** Format: date-time */
            updatedAt: string;
            /** Format: int64 */
            version: number;
        };
        ApiClientCreateInput: {
            name: string;
            scopes: ("referrals:write" | "referrals:read" | "households:read" | "households:write" | "cases:read" | "reports:read" | "events:subscribe")[];
        };
        ApiClientCredentials: {
            client: components["schemas"]["ApiClient"];
            /** Format: uuid */
            clientId: string;
            /** @description Shown once: only its hash is kept */
            clientSecret: string;
        };
        ApiClientUpdateInput: {
            name?: string;
            scopes?: ("referrals:write" | "referrals:read" | "households:read" | "households:write" | "cases:read" | "reports:read" | "events:subscribe")[];
        };
        ApprovalQueueItem: {
            breakthrough: components["schemas"]["Breakthrough"];
            household: {
                displayName: string;
                /** Format: uuid */
                id: string;
                reference: string;
            };
            /** Format: date-time */
            proposedAt: string;
        };
        Assessment: {
            /** Format: date-time */
            assessedAt: string;
            /** Format: uuid */
            caseId: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            instrumentId: string;
            note: string | null;
            /** Format: uuid */
            recordedBy: string;
            scores: {
                domain: string;
                /** Format: int64 */
                score: number;
            }[];
            /** @enum {string} */
            stage: "intake" | "assessment" | "planning" | "monitoring" | "evaluation" | "exit";
        };
        AssessmentCreateInput: {
            /** Format: date-time */
            assessedAt: string;
            /** Format: uuid */
            instrumentId: string;
            /** @default null */
            note: string | null;
            scores: {
                domain: string;
                /** Format: int64 */
                score: number;
            }[];
        };
        AssessmentInstrument: {
            code: string;
            domains: {
                code: string;
                label: {
                    [key: string]: string;
                };
            }[];
            /** Format: uuid */
            id: string;
            levels: {
                label: {
                    [key: string]: string;
                };
                /** Format: int64 */
                score: number;
            }[];
            name: string;
        };
        AssessmentProgress: {
            domains: {
                change: number | null;
                domain: string;
                first: number | null;
                latest: number | null;
            }[];
            instrumentId: string | null;
        };
        AvoidedCostFigures: {
            /**
             * Format: int64
             * @description without − with
             */
            grossAvoidedCents: number;
            /** Format: int64 */
            interventionCents: number;
            /**
             * Format: int64
             * @description gross − intervention
             */
            netAvoidedCents: number;
            /**
             * Format: date
             * @description Prices are those valid on this date
             */
            referenceDate: string;
            /** Format: int64 */
            withCents: number;
            /** Format: int64 */
            withoutCents: number;
        };
        /** @description Aggregate figures only: no names, no case ids */
        AvoidedCostSummary: {
            /**
             * Format: int64
             * @description Breakthroughs achieved in the period
             */
            breakthroughs: number;
            /**
             * Format: date-time
             * @description When these figures were computed: served from a snapshot at most REPORT_CACHE_SECONDS old
             */
            computedAt: string;
            /**
             * Format: int64
             * @description Sum of their realised gross avoided costs
             */
            grossAvoidedCents: number;
            /** @description Present with groupBy; by category, the household counts not tied to a category are null */
            groups?: {
                /**
                 * Format: int64
                 * @description Breakthroughs achieved in the period
                 */
                breakthroughs: number;
                /**
                 * Format: int64
                 * @description Sum of their realised gross avoided costs
                 */
                grossAvoidedCents: number;
                /** @description Households with a case in a breakthrough program open at some time in the period */
                householdsFollowed: number | null;
                /**
                 * Format: int64
                 * @description Of those, households with at least one breakthrough achieved in the period
                 */
                householdsWithBreakthrough: number;
                /** @description Of those, households whose plan was activated on or before the end of the period */
                householdsWithPlan: number | null;
                /**
                 * Format: int64
                 * @description Sum of their intervention costs
                 */
                interventionCents: number;
                /** @description YYYY-MM, a program or site id ("none" for no site), or a category */
                key: string;
                label: string;
                /**
                 * Format: int64
                 * @description gross − intervention
                 */
                netAvoidedCents: number;
                /** @description gross / intervention in hundredths (190 = EUR 1.90 per euro); null when nothing spent */
                returnPerEuroHundredths: number | null;
            }[];
            /** Format: int64 */
            householdsFollowed: number;
            /**
             * Format: int64
             * @description Of those, households with at least one breakthrough achieved in the period
             */
            householdsWithBreakthrough: number;
            /** Format: int64 */
            householdsWithPlan: number;
            /**
             * Format: int64
             * @description Sum of their intervention costs
             */
            interventionCents: number;
            /**
             * Format: int64
             * @description gross − intervention
             */
            netAvoidedCents: number;
            period: {
                from: string | null;
                to: string | null;
            };
            /** @description gross / intervention in hundredths (190 = EUR 1.90 per euro); null when nothing spent */
            returnPerEuroHundredths: number | null;
        };
        /**
         * @example {
         *       "id": "d3e4f5a6-b7c8-4d9e-8f0a-1b2c3d4e5f10",
         *       "planId": "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d09",
         *       "caseId": "c4e2a1b3-6d5f-4e7a-8b9c-0d1e2f3a4b04",
         *       "title": "Eviction prevented: payment plan signed with the landlord",
         *       "domain": "housing",
         *       "category": "eviction_prevention",
         *       "responsible": "Sophie Coach",
         *       "interventionCents": 150000,
         *       "dueDate": "2025-04-30",
         *       "needsApproval": true,
         *       "status": "achieved",
         *       "allowedMoves": [],
         *       "proposedBy": {
         *         "id": "e1f2a3b4-c5d6-4e7f-a8b9-c0d1e2f3a405",
         *         "displayName": "Sophie Coach"
         *       },
         *       "proposedOn": "2025-03-05",
         *       "decision": {
         *         "outcome": "approved",
         *         "by": {
         *           "id": "f2a3b4c5-d6e7-4f8a-b9c0-d1e2f3a4b506",
         *           "displayName": "Claire Coordinatrice"
         *         },
         *         "at": "2025-03-06T09:00:00.000Z",
         *         "comment": null
         *       },
         *       "startedAt": "2025-03-06T09:05:00.000Z",
         *       "achievedOn": "2025-04-22",
         *       "abandonedAt": null,
         *       "abandonReason": null,
         *       "scenario": {
         *         "horizonMonths": 12,
         *         "without": [
         *           {
         *             "catalogueItemId": "e4f5a6b7-c8d9-4e0f-9a1b-2c3d4e5f6a11",
         *             "code": "eviction",
         *             "quantity": 1,
         *             "probabilityPercent": 100,
         *             "unitPriceCents": 1250000,
         *             "cents": 1250000
         *           }
         *         ],
         *         "with": [
         *           {
         *             "catalogueItemId": "f5a6b7c8-d9e0-4f1a-8b2c-3d4e5f6a7b12",
         *             "code": "debt_mediation",
         *             "quantity": 1,
         *             "probabilityPercent": 0,
         *             "unitPriceCents": 80000,
         *             "cents": 0
         *           }
         *         ]
         *       },
         *       "expected": {
         *         "referenceDate": "2025-03-05",
         *         "withoutCents": 1250000,
         *         "withCents": 0,
         *         "grossAvoidedCents": 1250000,
         *         "interventionCents": 150000,
         *         "netAvoidedCents": 1100000
         *       },
         *       "realised": {
         *         "referenceDate": "2025-04-22",
         *         "withoutCents": 1250000,
         *         "withCents": 0,
         *         "grossAvoidedCents": 1250000,
         *         "interventionCents": 150000,
         *         "netAvoidedCents": 1100000
         *       },
         *       "updatedAt": "2025-04-22T15:00:00.000Z",
         *       "version": 4
         *     }
         */
        Breakthrough: {
            abandonedAt: string | null;
            abandonReason: string | null;
            achievedOn: string | null;
            allowedMoves: ("proposed" | "approved" | "in_progress" | "achieved" | "abandoned")[];
            /** Format: uuid */
            caseId: string;
            /** @enum {string} */
            category: "new_housing" | "eviction_prevention" | "benefit_acceleration" | "school_supplies" | "transport" | "debt_settlement" | "care_access" | "other";
            /** @description The coordinator's sign-off or refusal */
            decision: {
                /** Format: date-time */
                at: string;
                by: {
                    displayName: string;
                    /** Format: uuid */
                    id: string;
                };
                comment: string | null;
                /** @enum {string} */
                outcome: "approved" | "rejected";
            } | null;
            /** @enum {string} */
            domain: "debt" | "addiction" | "unemployment" | "domestic_violence" | "mental_health" | "physical_health" | "justice" | "housing" | "education" | "parenting" | "social_isolation" | "administration";
            dueDate: string | null;
            /** @description Priced on the proposal date */
            expected: components["schemas"]["AvoidedCostFigures"];
            /** Format: uuid */
            id: string;
            /** Format: int64 */
            interventionCents: number;
            needsApproval: boolean;
            /** Format: uuid */
            planId: string;
            proposedBy: {
                displayName: string;
                /** Format: uuid */
                id: string;
            };
            /** Format: date */
            proposedOn: string;
            /** @description Priced on the achievement date and frozen at achievement; null until achieved */
            realised: components["schemas"]["AvoidedCostFigures"] | null;
            /** @description Who carries it out: a person or a partner service */
            responsible: string;
            scenario: {
                /** Format: int64 */
                horizonMonths: number;
                with: components["schemas"]["PricedScenarioLine"][];
                without: components["schemas"]["PricedScenarioLine"][];
            };
            startedAt: string | null;
            /** @enum {string} */
            status: "proposed" | "approved" | "in_progress" | "achieved" | "abandoned";
            title: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * Format: int64
             * @description Also sent as the ETag; send it back in If-Match to update
             */
            version: number;
        };
        BreakthroughCreateInput: {
            /** @enum {string} */
            category: "new_housing" | "eviction_prevention" | "benefit_acceleration" | "school_supplies" | "transport" | "debt_settlement" | "care_access" | "other";
            /** @enum {string} */
            domain: "debt" | "addiction" | "unemployment" | "domestic_violence" | "mental_health" | "physical_health" | "justice" | "housing" | "education" | "parenting" | "social_isolation" | "administration";
            /** @default null */
            dueDate: string | null;
            /**
             * Format: int32
             * @default 0
             */
            interventionCents: number;
            /** @description Money or a bent rule needs a sign-off; defaults to true when it costs money */
            needsApproval?: boolean;
            responsible: string;
            scenario?: components["schemas"]["BreakthroughScenarioInput"];
            title: string;
        };
        BreakthroughScenarioInput: {
            /**
             * Format: int32
             * @description Horizon of both scenarios, 1 to 36 months
             */
            horizonMonths: number;
            /** @description The breakthrough path (without its intervention cost) */
            with: {
                /** Format: uuid */
                catalogueItemId: string;
                /** Format: int32 */
                probabilityPercent: number;
                /**
                 * Format: int32
                 * @description Units over the horizon, e.g. 60 shelter nights
                 */
                quantity: number;
            }[];
            /** @description Business as usual: what muddling on would cost */
            without: {
                /** Format: uuid */
                catalogueItemId: string;
                /** Format: int32 */
                probabilityPercent: number;
                /**
                 * Format: int32
                 * @description Units over the horizon, e.g. 60 shelter nights
                 */
                quantity: number;
            }[];
        };
        BreakthroughTransitionInput: {
            /**
             * Format: date
             * @description When achieved (defaults to today); the realised figures use the prices of this date
             */
            achievedOn?: string;
            /** @description Approval comment, or the reason: required to reject or abandon */
            comment?: string;
            /** @enum {string} */
            to: "proposed" | "approved" | "in_progress" | "achieved" | "abandoned";
        };
        BreakthroughUpdateInput: {
            /** @enum {string} */
            category?: "new_housing" | "eviction_prevention" | "benefit_acceleration" | "school_supplies" | "transport" | "debt_settlement" | "care_access" | "other";
            /** @enum {string} */
            domain?: "debt" | "addiction" | "unemployment" | "domestic_violence" | "mental_health" | "physical_health" | "justice" | "housing" | "education" | "parenting" | "social_isolation" | "administration";
            dueDate?: string | null;
            /**
             * Format: int32
             * @description Only while proposed
             */
            interventionCents?: number;
            /** @description Only while proposed */
            needsApproval?: boolean;
            responsible?: string;
            title?: string;
        };
        /**
         * @example {
         *       "id": "c4e2a1b3-6d5f-4e7a-8b9c-0d1e2f3a4b04",
         *       "household": {
         *         "id": "0b6f4c2e-5d1a-4e8b-9c3f-2a7d6e1b4c01",
         *         "reference": "HH-2025-0042",
         *         "displayName": "Camille Exemple"
         *       },
         *       "programId": "7c1d9e2f-4a3b-4c5d-9e6f-8a7b6c5d4e03",
         *       "programName": "Accompagnement renforcé",
         *       "primaryWorker": {
         *         "id": "e1f2a3b4-c5d6-4e7f-a8b9-c0d1e2f3a405",
         *         "displayName": "Sophie Coach"
         *       },
         *       "coWorkerIds": [],
         *       "accompanimentType": "case_management",
         *       "stage": "planning",
         *       "allowedMoves": [
         *         "monitoring",
         *         "exit"
         *       ],
         *       "openedAt": "2025-02-12T14:30:00.000Z",
         *       "closedAt": null,
         *       "closureReason": null,
         *       "lastContactAt": "2025-03-03T10:00:00.000Z",
         *       "contactDueAt": "2025-03-17T10:00:00.000Z",
         *       "overdue": false,
         *       "updatedAt": "2025-03-03T10:00:00.000Z",
         *       "version": 5
         *     }
         */
        Case: {
            /** @enum {string} */
            accompanimentType: "housing_keeping" | "housing_search" | "housing_access" | "masp" | "family_coaching" | "case_management" | "outreach";
            allowedMoves: ("intake" | "assessment" | "planning" | "monitoring" | "evaluation" | "exit")[];
            closedAt: string | null;
            closureReason: ("goals_reached" | "refused_or_disengaged" | "never_reached" | "not_admitted" | "moved_away" | "transferred" | "other") | null;
            /** @description When the next contact is due; null once closed */
            contactDueAt: string | null;
            coWorkerIds: string[];
            household: {
                displayName: string;
                /** Format: uuid */
                id: string;
                reference: string;
            };
            /** Format: uuid */
            id: string;
            lastContactAt: string | null;
            /** Format: date-time */
            openedAt: string;
            overdue: boolean;
            primaryWorker: {
                displayName: string;
                /** Format: uuid */
                id: string;
            };
            /** Format: uuid */
            programId: string;
            programName: string;
            /** @enum {string} */
            stage: "intake" | "assessment" | "planning" | "monitoring" | "evaluation" | "exit";
            /** Format: date-time */
            updatedAt: string;
            /**
             * Format: int64
             * @description Also sent as the ETag; send it back in If-Match to update
             */
            version: number;
        };
        CaseAssignmentInput: {
            caseloadOverrideReason?: string;
            /** Format: uuid */
            primaryWorkerId: string;
            reason: string;
        };
        CaseloadEntry: {
            case: components["schemas"]["Case"];
            /** @description Negative when overdue */
            daysUntilDue: number | null;
            nextPlannedContactAt: string | null;
            pendingActions: ("contact_overdue" | "assessment_missing" | "evaluation_due" | "planned_contact_soon")[];
        };
        CaseTransitionInput: {
            /**
             * @description Required when moving to exit
             * @enum {string}
             */
            closureReason?: "goals_reached" | "refused_or_disengaged" | "never_reached" | "not_admitted" | "moved_away" | "transferred" | "other";
            /** @default null */
            note: string | null;
            /** @enum {string} */
            to: "intake" | "assessment" | "planning" | "monitoring" | "evaluation" | "exit";
        };
        /**
         * @example {
         *       "specversion": "1.0",
         *       "id": "6a0d1c9e-3f0b-4a51-8f7e-4b7c2d9e1a22",
         *       "source": "urn:percee:organisation:9f1c2b7a-1d2e-4f3a-8b9c-0d1e2f3a4b5c",
         *       "type": "case.stage_changed",
         *       "subject": "cases/3c1e0f4a-5b6c-4d7e-8f90-a1b2c3d4e5f6",
         *       "time": "2026-03-04T10:21:07.512Z",
         *       "datacontenttype": "application/json",
         *       "data": {
         *         "caseId": "3c1e0f4a-5b6c-4d7e-8f90-a1b2c3d4e5f6",
         *         "householdId": "7d8e9f01-2a3b-4c5d-8e6f-7a8b9c0d1e2f",
         *         "links": {
         *           "case": "/api/v1/cases/3c1e0f4a-5b6c-4d7e-8f90-a1b2c3d4e5f6",
         *           "household": "/api/v1/households/7d8e9f01-2a3b-4c5d-8e6f-7a8b9c0d1e2f"
         *         }
         *       }
         *     }
         */
        CloudEvent: {
            data: {
                /** Format: uuid */
                breakthroughId?: string;
                /** Format: uuid */
                caseId?: string;
                /** Format: uuid */
                householdId?: string;
                links: {
                    [key: string]: string;
                };
                /** Format: uuid */
                referralId?: string;
            };
            /** @constant */
            datacontenttype: "application/json";
            /** Format: uuid */
            id: string;
            source: string;
            /** @constant */
            specversion: "1.0";
            subject: string;
            /** Format: date-time */
            time: string;
            /** @enum {string} */
            type: "referral.created" | "referral.decided" | "referral.withdrawn" | "case.stage_changed" | "case.closed" | "breakthrough.approved" | "breakthrough.achieved";
        };
        Consent: {
            /** Format: date-time */
            createdAt: string;
            evidenceNote: string | null;
            expiresAt: string | null;
            /** Format: date-time */
            grantedAt: string;
            /** Format: uuid */
            householdId: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            legalBasis: "consent" | "legal_obligation" | "public_task" | "vital_interests" | "contract" | "legitimate_interest";
            person: {
                displayName: string;
                /** Format: uuid */
                id: string;
            };
            /** @enum {string} */
            purpose: "case_support" | "information_sharing" | "referral";
            recipient: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            recordedBy: {
                displayName: string;
                /** Format: uuid */
                id: string;
            } | null;
            /** @enum {string} */
            status: "active" | "expired" | "withdrawn" | "future";
            withdrawalReason: string | null;
            withdrawnAt: string | null;
            withdrawnBy: {
                displayName: string;
                /** Format: uuid */
                id: string;
            } | null;
        };
        ConsentCreateInput: {
            /** @default null */
            evidenceNote: string | null;
            /** @default null */
            expiresAt: string | null;
            /**
             * Format: date-time
             * @description Defaults to now
             */
            grantedAt?: string;
            /** @enum {string} */
            legalBasis: "consent" | "legal_obligation" | "public_task" | "vital_interests" | "contract" | "legitimate_interest";
            /** Format: uuid */
            partnerServiceId: string;
            /** Format: uuid */
            personId: string;
            /** @enum {string} */
            purpose: "case_support" | "information_sharing" | "referral";
        };
        ConsentWithdrawalInput: {
            reason: string;
        };
        /**
         * @example {
         *       "id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c08",
         *       "caseId": "c4e2a1b3-6d5f-4e7a-8b9c-0d1e2f3a4b04",
         *       "occurredAt": "2025-03-03T10:00:00.000Z",
         *       "type": "home_visit",
         *       "durationMinutes": 60,
         *       "participants": "Applicant and her eldest son",
         *       "notes": "Went through the payment plan with the landlord’s letter.",
         *       "nextPlannedAt": "2025-03-10T10:00:00.000Z",
         *       "recordedBy": "e1f2a3b4-c5d6-4e7f-a8b9-c0d1e2f3a405",
         *       "createdAt": "2025-03-03T11:05:00.000Z"
         *     }
         */
        Contact: {
            /** Format: uuid */
            caseId: string;
            /** Format: date-time */
            createdAt: string;
            durationMinutes: number | null;
            /** Format: uuid */
            id: string;
            nextPlannedAt: string | null;
            notes: string | null;
            /** Format: date-time */
            occurredAt: string;
            participants: string | null;
            /** Format: uuid */
            recordedBy: string;
            /** @enum {string} */
            type: "home_visit" | "office" | "phone" | "video" | "street_outreach" | "with_partner";
        };
        ContactCreateInput: {
            /** @default null */
            durationMinutes: number | null;
            /** @default null */
            nextPlannedAt: string | null;
            /** @default null */
            notes: string | null;
            /** Format: date-time */
            occurredAt: string;
            /** @default null */
            participants: string | null;
            /** @enum {string} */
            type: "home_visit" | "office" | "phone" | "video" | "street_outreach" | "with_partner";
        };
        CostCatalogueItem: {
            active: boolean;
            /** @enum {string} */
            category: "housing" | "youth_care" | "justice" | "health" | "income" | "education" | "other";
            code: string;
            /** @description The price valid today; null before the first */
            currentPriceCents: number | null;
            /** Format: uuid */
            id: string;
            /** @description Seeded from public figures when the organisation was created */
            isDefault: boolean;
            labels: {
                en: string;
                fr: string;
                nl: string;
            };
            /** @description The whole price history, oldest first */
            prices: components["schemas"]["CostPrice"][];
            sourceNote: string | null;
            /** @description The figure has not been checked by an admin of this organisation yet */
            toReview: boolean;
            /** @enum {string} */
            unit: "event" | "day" | "month" | "year";
            /** Format: date-time */
            updatedAt: string;
        };
        CostCatalogueItemCreateInput: {
            /** @enum {string} */
            category: "housing" | "youth_care" | "justice" | "health" | "income" | "education" | "other";
            code: string;
            firstPrice: {
                /** @default null */
                note: string | null;
                /** Format: int32 */
                unitPriceCents: number;
                /** Format: date */
                validFrom: string;
            };
            labels: {
                en: string;
                fr: string;
                nl: string;
            };
            /** @default null */
            sourceNote: string | null;
            /** @enum {string} */
            unit: "event" | "day" | "month" | "year";
        };
        CostCatalogueItemUpdateInput: {
            active?: boolean;
            labels?: {
                en: string;
                fr: string;
                nl: string;
            };
            sourceNote?: string | null;
            toReview?: boolean;
        };
        CostPrice: {
            /** Format: date-time */
            createdAt: string;
            createdBy: string | null;
            /** Format: uuid */
            id: string;
            note: string | null;
            /** Format: int64 */
            unitPriceCents: number;
            /** Format: date */
            validFrom: string;
        };
        CostPriceCreateInput: {
            /** @default null */
            note: string | null;
            /** Format: int32 */
            unitPriceCents: number;
            /**
             * Format: date
             * @description Must be later than the start of the latest price: the past is never rewritten
             */
            validFrom: string;
        };
        CoWorkersInput: {
            userIds: string[];
        };
        DuplicateCandidate: {
            detail: string;
            /** Format: uuid */
            householdId: string;
            /** @enum {string} */
            reason: "same_person" | "same_address";
            reference: string;
        };
        DuplicateCheckInput: {
            /** @default null */
            address: string | null;
            /** @default [] */
            members: {
                /** @default null */
                birthDate: string | null;
                firstName: string;
                lastName: string;
            }[];
            /** @default null */
            postalCode: string | null;
        };
        EventFeedPage: {
            items: components["schemas"]["CloudEvent"][];
            /** @description Pass as `after` to continue; unchanged when nothing new was committed yet */
            nextCursor: string;
        };
        /**
         * @example {
         *       "id": "0b6f4c2e-5d1a-4e8b-9c3f-2a7d6e1b4c01",
         *       "reference": "HH-2025-0042",
         *       "address": "12 rue de l’Exemple",
         *       "postalCode": "7100",
         *       "municipality": "La Louvière",
         *       "siteId": null,
         *       "members": [
         *         {
         *           "id": "5a2e8c1d-3f4b-4a6e-8d9c-7b1e0f2a3c02",
         *           "householdId": "0b6f4c2e-5d1a-4e8b-9c3f-2a7d6e1b4c01",
         *           "firstName": "Camille",
         *           "lastName": "Exemple",
         *           "birthDate": "1986-05-14",
         *           "role": "applicant",
         *           "residenceStatus": "citizen",
         *           "phone": null,
         *           "email": null
         *         }
         *       ],
         *       "problems": [
         *         {
         *           "domain": "debt",
         *           "severity": "high",
         *           "since": "2024-09-01",
         *           "note": null
         *         },
         *         {
         *           "domain": "housing",
         *           "severity": "critical",
         *           "since": "2025-01-15",
         *           "note": "Eviction notice received"
         *         }
         *       ],
         *       "createdAt": "2025-02-10T09:00:00.000Z",
         *       "updatedAt": "2025-03-04T10:15:00.000Z",
         *       "version": 3
         *     }
         */
        Household: {
            address: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            members: components["schemas"]["Person"][];
            municipality: string | null;
            postalCode: string | null;
            problems: {
                /** @enum {string} */
                domain: "debt" | "addiction" | "unemployment" | "domestic_violence" | "mental_health" | "physical_health" | "justice" | "housing" | "education" | "parenting" | "social_isolation" | "administration";
                note: string | null;
                /** @enum {string} */
                severity: "low" | "medium" | "high" | "critical";
                since: string | null;
            }[];
            reference: string;
            siteId: string | null;
            /** Format: date-time */
            updatedAt: string;
            /** Format: int64 */
            version: number;
        };
        HouseholdCreateInput: {
            /** @default null */
            address: string | null;
            /** @default false */
            confirmNotDuplicate: boolean;
            members: {
                /** @default null */
                birthDate: string | null;
                /** @default null */
                email: string | null;
                firstName: string;
                lastName: string;
                /** @default null */
                phone: string | null;
                /**
                 * @default unknown
                 * @enum {string}
                 */
                residenceStatus: "citizen" | "permit" | "eu_citizen" | "asylum_seeker" | "undocumented" | "unknown";
                /** @enum {string} */
                role: "applicant" | "partner" | "child" | "other_adult" | "other";
            }[];
            /** @default null */
            municipality: string | null;
            /** @default null */
            postalCode: string | null;
            /** @default [] */
            problems: {
                /** @enum {string} */
                domain: "debt" | "addiction" | "unemployment" | "domestic_violence" | "mental_health" | "physical_health" | "justice" | "housing" | "education" | "parenting" | "social_isolation" | "administration";
                /** @default null */
                note: string | null;
                /** @enum {string} */
                severity: "low" | "medium" | "high" | "critical";
                /** @default null */
                since: string | null;
            }[];
            /** @default null */
            siteId: string | null;
        };
        /**
         * @example {
         *       "id": "0b6f4c2e-5d1a-4e8b-9c3f-2a7d6e1b4c01",
         *       "reference": "HH-2025-0042",
         *       "displayName": "Camille Exemple",
         *       "municipality": "La Louvière",
         *       "memberCount": 3,
         *       "openCaseCount": 1,
         *       "updatedAt": "2025-03-04T10:15:00.000Z"
         *     }
         */
        HouseholdSummary: {
            /** @description The applicant's name (or the first member's) */
            displayName: string;
            /** Format: uuid */
            id: string;
            /** Format: int64 */
            memberCount: number;
            municipality: string | null;
            /** Format: int64 */
            openCaseCount: number;
            reference: string;
            /** Format: date-time */
            updatedAt: string;
        };
        HouseholdUpdateInput: {
            address?: string | null;
            municipality?: string | null;
            postalCode?: string | null;
            problems?: {
                /** @enum {string} */
                domain: "debt" | "addiction" | "unemployment" | "domestic_violence" | "mental_health" | "physical_health" | "justice" | "housing" | "education" | "parenting" | "social_isolation" | "administration";
                /** @default null */
                note: string | null;
                /** @enum {string} */
                severity: "low" | "medium" | "high" | "critical";
                /** @default null */
                since: string | null;
            }[];
            siteId?: string | null;
        };
        /**
         * @example {
         *       "dryRun": true,
         *       "ok": false,
         *       "total": 2,
         *       "valid": 1,
         *       "invalid": 1,
         *       "rows": [
         *         {
         *           "row": 1,
         *           "ok": true,
         *           "errors": []
         *         },
         *         {
         *           "row": 2,
         *           "ok": false,
         *           "errors": [
         *             {
         *               "path": "members.0.birthDate",
         *               "message": "Invalid ISO date"
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        ImportReport: {
            dryRun: boolean;
            /** Format: int64 */
            invalid: number;
            /** @description Every row is valid (and, for a commit, was written) */
            ok: boolean;
            rows: {
                errors: {
                    code?: string;
                    message: string;
                    /** @description Field path in the row, e.g. `members.0.birthDate` */
                    path: string;
                }[];
                /**
                 * Format: uuid
                 * @description The created resource (commits only)
                 */
                id?: string;
                ok: boolean;
                reference?: string;
                /**
                 * Format: int64
                 * @description 1-based record number (the CSV header is not counted)
                 */
                row: number;
            }[];
            /** Format: int64 */
            total: number;
            /** Format: int64 */
            valid: number;
        };
        Inquiry: {
            /** @enum {string} */
            channel: "phone" | "walk_in" | "email";
            /** Format: uuid */
            handledBy: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            outcome: "information_given" | "routed_to_service" | "referral_created";
            /** Format: date-time */
            receivedAt: string;
            referralId: string | null;
            routedTo: string | null;
            siteId: string | null;
            topic: string;
        };
        InquiryCreateInput: {
            /** @enum {string} */
            channel: "phone" | "walk_in" | "email";
            /** @enum {string} */
            outcome: "information_given" | "routed_to_service" | "referral_created";
            /** Format: date-time */
            receivedAt: string;
            /** @default null */
            referralId: string | null;
            /** @default null */
            routedTo: string | null;
            /** @default null */
            siteId: string | null;
            topic: string;
        };
        Involvement: {
            /** Format: uuid */
            caseId: string;
            /** @description Whether an active consent or legal basis covers it now (the partner sees the case only then) */
            consentActive: boolean;
            endedAt: string | null;
            endedBy: {
                displayName: string;
                /** Format: uuid */
                id: string;
            } | null;
            endReason: string | null;
            /** Format: uuid */
            id: string;
            note: string | null;
            partnerService: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** @enum {string} */
            purpose: "case_support" | "information_sharing" | "referral";
            /** Format: date-time */
            startedAt: string;
            startedBy: {
                displayName: string;
                /** Format: uuid */
                id: string;
            } | null;
        };
        InvolvementCreateInput: {
            /** @default null */
            note: string | null;
            /** Format: uuid */
            partnerServiceId: string;
            /** @enum {string} */
            purpose: "case_support" | "information_sharing" | "referral";
        };
        InvolvementEndInput: {
            /** @default null */
            reason: string | null;
        };
        LegalHold: {
            active: boolean;
            /** Format: uuid */
            householdId: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            placedAt: string;
            placedBy: {
                displayName: string;
                /** Format: uuid */
                id: string;
            };
            reason: string;
            releasedAt: string | null;
            releasedBy: {
                displayName: string;
                /** Format: uuid */
                id: string;
            } | null;
            releaseReason: string | null;
        };
        LegalHoldCreateInput: {
            reason: string;
        };
        LegalHoldReleaseInput: {
            reason: string;
        };
        LoginRequestInput: {
            /** Format: email */
            email: string;
            password: string;
        };
        LoginResponse: components["schemas"]["AccessToken"] | components["schemas"]["SecondFactorRequired"];
        Me: {
            displayName: string;
            email: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            locale: "fr" | "nl" | "en";
            organisation: {
                /** Format: uuid */
                id: string;
                isDemo: boolean;
                name: string;
            };
            /** @enum {string} */
            role: "admin" | "coordinator" | "case_worker" | "partner" | "analyst";
            totp: {
                enabled: boolean;
                /** @description This session may only enrol a second factor */
                enrolmentOnly: boolean;
                /** @description This account must enrol before it can do anything else */
                required: boolean;
            };
        };
        /** @description RFC 6749 section 5.2 error response */
        OAuthError: {
            /** @enum {string} */
            error: "invalid_request" | "invalid_client" | "invalid_grant" | "unauthorized_client" | "unsupported_grant_type" | "invalid_scope";
            error_description?: string;
        };
        PartnerCase: {
            /** Format: uuid */
            id: string;
            involvements: {
                /** Format: uuid */
                id: string;
                note: string | null;
                /** @enum {string} */
                purpose: "case_support" | "information_sharing" | "referral";
                /** Format: date-time */
                startedAt: string;
            }[];
            nextContactAt: string | null;
            programName: string;
            /** @description The household's reference (no name) */
            reference: string;
            /** @enum {string} */
            stage: "intake" | "assessment" | "planning" | "monitoring" | "evaluation" | "exit";
        };
        PartnerService: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            /** Format: uuid */
            id: string;
            name: string;
        };
        PartnerServiceCreateInput: {
            /** @default null */
            description: string | null;
            name: string;
        };
        PartnerServiceUpdateInput: {
            active?: boolean;
            description?: string | null;
            name?: string;
        };
        Person: {
            birthDate: string | null;
            email: string | null;
            firstName: string;
            /** Format: uuid */
            householdId: string;
            /** Format: uuid */
            id: string;
            lastName: string;
            phone: string | null;
            /** @enum {string} */
            residenceStatus: "citizen" | "permit" | "eu_citizen" | "asylum_seeker" | "undocumented" | "unknown";
            /** @enum {string} */
            role: "applicant" | "partner" | "child" | "other_adult" | "other";
        };
        PersonExport: {
            /** @description Every recorded read and change of the file (household, person, cases) */
            audit: {
                [key: string]: unknown;
            }[];
            cases: {
                aid: {
                    [key: string]: unknown;
                }[];
                assessments: {
                    assessment: {
                        [key: string]: unknown;
                    };
                    scores: {
                        [key: string]: unknown;
                    }[];
                }[];
                breakthroughs: {
                    breakthrough: {
                        [key: string]: unknown;
                    };
                    scenarioLines: {
                        [key: string]: unknown;
                    }[];
                }[];
                case: {
                    [key: string]: unknown;
                };
                contacts: {
                    [key: string]: unknown;
                }[];
                /** @description Partner services involved in the case, and on what purpose */
                involvements: {
                    [key: string]: unknown;
                }[];
                plan: {
                    [key: string]: unknown;
                } | null;
                planVersions: {
                    [key: string]: unknown;
                }[];
                timeline: {
                    [key: string]: unknown;
                }[];
            }[];
            /** @description The person's lines of the consent and legal-basis register */
            consents: {
                [key: string]: unknown;
            }[];
            /** Format: date-time */
            exportedAt: string;
            /** @description The household the person belongs to (address, reference) */
            household: {
                [key: string]: unknown;
            };
            householdProblems: {
                [key: string]: unknown;
            }[];
            inquiries: {
                [key: string]: unknown;
            }[];
            legalHolds: {
                [key: string]: unknown;
            }[];
            organisation: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            /**
             * Format: int64
             * @description Other members are other people: only their number is given
             */
            otherMembers: number;
            person: {
                [key: string]: unknown;
            };
            referrals: {
                [key: string]: unknown;
            }[];
        };
        PersonUpdateInput: {
            birthDate?: string | null;
            email?: string | null;
            firstName?: string;
            lastName?: string;
            phone?: string | null;
            reason: string;
            /** @enum {string} */
            residenceStatus?: "citizen" | "permit" | "eu_citizen" | "asylum_seeker" | "undocumented" | "unknown";
            /** @enum {string} */
            role?: "applicant" | "partner" | "child" | "other_adult" | "other";
        };
        Plan: {
            activatedAt: string | null;
            allowedMoves: ("draft" | "active" | "completed")[];
            /** Format: uuid */
            caseId: string;
            completedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            createdBy: string;
            deadlocks: {
                description: string;
                /** @enum {string} */
                kind: "rule" | "waiting_list" | "debt" | "other";
            }[];
            goals: {
                /** @enum {string} */
                domain: "debt" | "addiction" | "unemployment" | "domestic_violence" | "mental_health" | "physical_health" | "justice" | "housing" | "education" | "parenting" | "social_isolation" | "administration";
                text: string;
            }[];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "draft" | "active" | "completed";
            /** Format: date-time */
            updatedAt: string;
            /**
             * Format: int64
             * @description Also sent as the ETag; send it back in If-Match to update
             */
            version: number;
        };
        PlanCreateInput: {
            /** @default [] */
            deadlocks: {
                description: string;
                /** @enum {string} */
                kind: "rule" | "waiting_list" | "debt" | "other";
            }[];
            /** @default [] */
            goals: {
                /** @enum {string} */
                domain: "debt" | "addiction" | "unemployment" | "domestic_violence" | "mental_health" | "physical_health" | "justice" | "housing" | "education" | "parenting" | "social_isolation" | "administration";
                text: string;
            }[];
        };
        PlanTransitionInput: {
            /** @default null */
            note: string | null;
            /** @enum {string} */
            to: "draft" | "active" | "completed";
        };
        PlanUpdateInput: {
            deadlocks?: {
                description: string;
                /** @enum {string} */
                kind: "rule" | "waiting_list" | "debt" | "other";
            }[];
            goals?: {
                /** @enum {string} */
                domain: "debt" | "addiction" | "unemployment" | "domestic_violence" | "mental_health" | "physical_health" | "justice" | "housing" | "education" | "parenting" | "social_isolation" | "administration";
                text: string;
            }[];
        };
        /** @description An immutable snapshot of the plan as it was after one change */
        PlanVersion: {
            /** @enum {string} */
            change: "created" | "revised" | "status_change";
            /** Format: date-time */
            changedAt: string;
            changedBy: {
                displayName: string;
                /** Format: uuid */
                id: string;
            } | null;
            deadlocks: {
                description: string;
                /** @enum {string} */
                kind: "rule" | "waiting_list" | "debt" | "other";
            }[];
            goals: {
                /** @enum {string} */
                domain: "debt" | "addiction" | "unemployment" | "domestic_violence" | "mental_health" | "physical_health" | "justice" | "housing" | "education" | "parenting" | "social_isolation" | "administration";
                text: string;
            }[];
            /** @enum {string} */
            status: "draft" | "active" | "completed";
            /** Format: int64 */
            version: number;
        };
        PricedScenarioLine: {
            /** Format: uuid */
            catalogueItemId: string;
            /**
             * Format: int64
             * @description unit price × quantity × probability, rounded to the cent
             */
            cents: number;
            code: string;
            /** Format: int64 */
            probabilityPercent: number;
            /** Format: int64 */
            quantity: number;
            /**
             * Format: int64
             * @description The price valid on the reference date of the figures
             */
            unitPriceCents: number;
        };
        /** @description RFC 9457 problem details */
        Problem: {
            detail?: string;
            errors?: {
                code?: string;
                message: string;
                /** @description Dotted path of the offending field, e.g. `body.email` */
                path: string;
            }[];
            instance?: string;
            /** Format: int64 */
            status: number;
            title: string;
            type: string;
        };
        /**
         * @example {
         *       "id": "7c1d9e2f-4a3b-4c5d-9e6f-8a7b6c5d4e03",
         *       "name": "Accompagnement renforcé",
         *       "method": "case_management",
         *       "caseloadLimit": 12,
         *       "contactIntervalDays": 14,
         *       "expectedDurationMonths": 18,
         *       "accompanimentTypes": [
         *         "case_management",
         *         "housing_keeping"
         *       ],
         *       "eligibilityChecklist": [
         *         {
         *           "code": "real_request",
         *           "label": "La personne demande un accompagnement"
         *         },
         *         {
         *           "code": "territory",
         *           "label": "Réside sur le territoire de la commune"
         *         }
         *       ],
         *       "active": true,
         *       "createdAt": "2025-01-06T08:00:00.000Z"
         *     }
         */
        Program: {
            accompanimentTypes: ("housing_keeping" | "housing_search" | "housing_access" | "masp" | "family_coaching" | "case_management" | "outreach")[];
            active: boolean;
            /**
             * Format: int32
             * @description Open cases per case worker, e.g. 10
             */
            caseloadLimit: number;
            /**
             * Format: int32
             * @description Target days between contacts, e.g. 14
             */
            contactIntervalDays: number;
            /** Format: date-time */
            createdAt: string;
            eligibilityChecklist: {
                code: string;
                label: string;
            }[];
            expectedDurationMonths: number | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            method: "breakthrough" | "case_management" | "housing_support_asll" | "budget_support_masp" | "outreach";
            name: string;
        };
        ProgramCreateInput: {
            accompanimentTypes: ("housing_keeping" | "housing_search" | "housing_access" | "masp" | "family_coaching" | "case_management" | "outreach")[];
            /**
             * Format: int32
             * @description Open cases per case worker, e.g. 10
             */
            caseloadLimit: number;
            /**
             * Format: int32
             * @description Target days between contacts, e.g. 14
             */
            contactIntervalDays: number;
            /** @default [] */
            eligibilityChecklist: {
                code: string;
                label: string;
            }[];
            /** @default null */
            expectedDurationMonths: number | null;
            /** @enum {string} */
            method: "breakthrough" | "case_management" | "housing_support_asll" | "budget_support_masp" | "outreach";
            name: string;
        };
        /**
         * @example {
         *       "id": "7c1d9e2f-4a3b-4c5d-9e6f-8a7b6c5d4e03",
         *       "name": "Accompagnement renforcé",
         *       "method": "case_management"
         *     }
         */
        ProgramOption: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            method: "breakthrough" | "case_management" | "housing_support_asll" | "budget_support_masp" | "outreach";
            name: string;
        };
        ProgramUpdateInput: {
            accompanimentTypes?: ("housing_keeping" | "housing_search" | "housing_access" | "masp" | "family_coaching" | "case_management" | "outreach")[];
            active?: boolean;
            /**
             * Format: int32
             * @description Open cases per case worker, e.g. 10
             */
            caseloadLimit?: number;
            /**
             * Format: int32
             * @description Target days between contacts, e.g. 14
             */
            contactIntervalDays?: number;
            eligibilityChecklist?: {
                code: string;
                label: string;
            }[];
            expectedDurationMonths?: number | null;
            /** @enum {string} */
            method?: "breakthrough" | "case_management" | "housing_support_asll" | "budget_support_masp" | "outreach";
            name?: string;
        };
        RecoveryCodes: {
            recoveryCodes: string[];
        };
        /**
         * @example {
         *       "id": "9d8c7b6a-5e4f-4a3b-8c2d-1e0f9a8b7c07",
         *       "status": "accepted",
         *       "referrerService": "CPAS — service logement",
         *       "referrerContact": "Service logement, 064 00 00 00",
         *       "reason": "Eviction notice, rent arrears of three months",
         *       "personAgreed": true,
         *       "programId": "7c1d9e2f-4a3b-4c5d-9e6f-8a7b6c5d4e03",
         *       "household": {
         *         "id": "0b6f4c2e-5d1a-4e8b-9c3f-2a7d6e1b4c01",
         *         "reference": "HH-2025-0042",
         *         "displayName": "Camille Exemple"
         *       },
         *       "receivedAt": "2025-02-10T09:00:00.000Z",
         *       "createdBy": "06b7c8d9-e0f1-4a2b-9c3d-4e5f6a7b8c13",
         *       "decidedAt": "2025-02-12T14:30:00.000Z",
         *       "decidedBy": "f2a3b4c5-d6e7-4f8a-b9c0-d1e2f3a4b506",
         *       "declineReason": null,
         *       "decisionNote": null,
         *       "caseId": "c4e2a1b3-6d5f-4e7a-8b9c-0d1e2f3a4b04",
         *       "updatedAt": "2025-02-12T14:30:00.000Z",
         *       "version": 2
         *     }
         */
        Referral: {
            caseId: string | null;
            createdBy: string | null;
            decidedAt: string | null;
            decidedBy: string | null;
            decisionNote: string | null;
            declineReason: ("no_real_request" | "not_eligible" | "out_of_territory" | "capacity_full" | "duplicate" | "other") | null;
            household: {
                displayName: string;
                /** Format: uuid */
                id: string;
                reference: string;
            };
            /** Format: uuid */
            id: string;
            personAgreed: boolean;
            programId: string | null;
            reason: string;
            /** Format: date-time */
            receivedAt: string;
            referrerContact: string | null;
            referrerService: string;
            /** @enum {string} */
            status: "new" | "accepted" | "declined" | "withdrawn";
            /** Format: date-time */
            updatedAt: string;
            /** Format: int64 */
            version: number;
        };
        ReferralAcceptInput: {
            /** @enum {string} */
            accompanimentType: "housing_keeping" | "housing_search" | "housing_access" | "masp" | "family_coaching" | "case_management" | "outreach";
            caseloadOverrideReason?: string;
            /** @default {} */
            eligibility: {
                [key: string]: boolean;
            };
            note?: string;
            /** Format: uuid */
            primaryWorkerId: string;
            /** Format: uuid */
            programId: string;
        };
        ReferralCreateInput: {
            /** @description A new household; or give `householdId` */
            household?: components["schemas"]["HouseholdCreateInput"];
            /**
             * Format: uuid
             * @description An existing household; or give `household`
             */
            householdId?: string;
            /** @description The person asked for, or agreed to, this referral */
            personAgreed: boolean;
            /** @default null */
            programId: string | null;
            reason: string;
            /** @default null */
            referrerContact: string | null;
            /** @description The referring service, e.g. "CPAS Nord" */
            referrerService: string;
        };
        ReferralDeclineInput: {
            /** @default null */
            note: string | null;
            /** @enum {string} */
            reason: "no_real_request" | "not_eligible" | "out_of_territory" | "capacity_full" | "duplicate" | "other";
        };
        ReferralWithdrawInput: {
            /** @default null */
            note: string | null;
        };
        RetentionCandidate: {
            counts: {
                /** Format: int64 */
                cases: number;
                /** Format: int64 */
                contacts: number;
                /** Format: int64 */
                persons: number;
                /** Format: int64 */
                referrals: number;
            };
            held: boolean;
            /** Format: uuid */
            householdId: string;
            /** Format: date-time */
            lastClosedAt: string;
            reference: string;
        };
        RetentionPreview: {
            /** Format: date-time */
            cutoff: string;
            /**
             * Format: int64
             * @description Households a run would pseudonymise now (all pages)
             */
            due: number;
            /**
             * Format: int64
             * @description Households due but under a legal hold, never touched (all pages)
             */
            held: number;
            items: components["schemas"]["RetentionCandidate"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
            /** Format: int64 */
            retentionMonths: number;
        };
        RetentionRunResult: {
            /** Format: date-time */
            cutoff: string;
            pseudonymised: {
                /** Format: uuid */
                householdId: string;
                reference: string;
            }[];
            /** Format: int64 */
            retentionMonths: number;
            /** Format: int64 */
            skippedHeld: number;
        };
        RetentionSettings: {
            /**
             * Format: int64
             * @description Months after the last case of a household closed before its personal data is pseudonymised
             */
            retentionMonths: number;
        };
        RetentionSettingsUpdateInput: {
            /** Format: int32 */
            retentionMonths: number;
        };
        SecondFactorRequired: {
            /** @description Short-lived proof of the password step; not a session */
            challenge: string;
            /**
             * Format: int64
             * @description Seconds until the challenge expires
             */
            expiresIn: number;
            /** @constant */
            secondFactorRequired: true;
        };
        Site: {
            active: boolean;
            address: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "head_office" | "antenna";
            municipality: string | null;
            name: string;
        };
        SiteCreateInput: {
            /** @default null */
            address: string | null;
            /** @enum {string} */
            kind: "head_office" | "antenna";
            /** @default null */
            municipality: string | null;
            name: string;
        };
        SiteRef: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "head_office" | "antenna";
            name: string;
        };
        SiteUpdateInput: {
            active?: boolean;
            address?: string | null;
            /** @enum {string} */
            kind?: "head_office" | "antenna";
            municipality?: string | null;
            name?: string;
        };
        TeamDashboard: {
            monthly: {
                /** Format: int64 */
                closed: number;
                /** @description YYYY-MM */
                month: string;
                /** Format: int64 */
                opened: number;
            }[];
            /** Format: int64 */
            overdueTotal: number;
            /** Format: int64 */
            referralsWaiting: number;
            stageFunnel: {
                /** Format: int64 */
                count: number;
                /** @enum {string} */
                stage: "intake" | "assessment" | "planning" | "monitoring" | "evaluation" | "exit";
            }[];
            workers: {
                /** @description The lowest limit of the programs of their open cases */
                caseloadLimit: number | null;
                displayName: string;
                /** Format: uuid */
                id: string;
                /** Format: int64 */
                openCases: number;
                /** Format: int64 */
                overdue: number;
            }[];
        };
        TeamMember: {
            displayName: string;
            /** Format: uuid */
            id: string;
            /** Format: int64 */
            openCases: number;
            /** @enum {string} */
            role: "admin" | "coordinator" | "case_worker" | "partner" | "analyst";
            siteId: string | null;
        };
        TimelineEntry: {
            actor: {
                displayName: string;
                /** Format: uuid */
                id: string;
            } | null;
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            kind: "opened" | "stage_change" | "assignment" | "contact" | "assessment" | "aid" | "plan" | "breakthrough";
            note: string | null;
            /** @description Machine-readable summary, e.g. "assessment→planning" */
            summary: string;
        };
        TokenRequestInput: {
            /** @description Or HTTP Basic authentication */
            client_id?: string;
            /** @description Or HTTP Basic authentication */
            client_secret?: string;
            /** @description Must be `client_credentials` */
            grant_type?: string;
            /** @description Space-separated subset of the client's scopes */
            scope?: string;
        };
        /**
         * @example {
         *       "access_token": "eyJhbGciOi...",
         *       "token_type": "Bearer",
         *       "expires_in": 600,
         *       "scope": "referrals:write"
         *     }
         */
        TokenResponse: {
            access_token: string;
            /** Format: int64 */
            expires_in: number;
            scope: string;
            /** @constant */
            token_type: "Bearer";
        };
        TotpConfirmRequestInput: {
            code: string;
        };
        TotpEnrolment: {
            /** @description otpauth://totp/... URI (QR code content) */
            otpauthUri: string;
            /** @description Base32 secret, to type into an authenticator app */
            secret: string;
        };
        TotpLoginRequestInput: {
            challenge: string;
            code?: string;
            recoveryCode?: string;
        };
        User: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            displayName: string;
            email: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            locale: "fr" | "nl" | "en";
            /** @description For partner accounts: the partner service they work for (they see its involved cases) */
            partnerServiceId: string | null;
            /** @enum {string} */
            role: "admin" | "coordinator" | "case_worker" | "partner" | "analyst";
            siteId: string | null;
            /** @description Two-factor sign-in (TOTP) is set up */
            totpEnabled: boolean;
        };
        UserCreateInput: {
            displayName: string;
            /** Format: email */
            email: string;
            /**
             * @default fr
             * @enum {string}
             */
            locale: "fr" | "nl" | "en";
            /** @default null */
            partnerServiceId: string | null;
            password: string;
            /** @enum {string} */
            role: "admin" | "coordinator" | "case_worker" | "partner" | "analyst";
            /** @default null */
            siteId: string | null;
        };
        UserUpdateInput: {
            active?: boolean;
            displayName?: string;
            /** @enum {string} */
            locale?: "fr" | "nl" | "en";
            partnerServiceId?: string | null;
            password?: string;
            /** @enum {string} */
            role?: "admin" | "coordinator" | "case_worker" | "partner" | "analyst";
            siteId?: string | null;
        };
        WebhookCreateInput: {
            eventTypes: ("referral.created" | "referral.decided" | "referral.withdrawn" | "case.stage_changed" | "case.closed" | "breakthrough.approved" | "breakthrough.achieved")[];
            /**
             * Format: uri
             * @description https; plain http only to localhost outside production
             */
            url: string;
        };
        WebhookDelivery: {
            /** Format: int64 */
            attempts: number;
            deliveredAt: string | null;
            /** Format: uuid */
            eventId: string;
            /** @enum {string} */
            eventType: "referral.created" | "referral.decided" | "referral.withdrawn" | "case.stage_changed" | "case.closed" | "breakthrough.approved" | "breakthrough.achieved";
            /** Format: uuid */
            id: string;
            lastAttemptAt: string | null;
            lastError: string | null;
            lastStatusCode: number | null;
            nextAttemptAt: string | null;
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed" | "cancelled";
            /** Format: uuid */
            subscriptionId: string;
            /** Format: date-time */
            updatedAt: string;
            url: string;
        };
        /**
         * @example {
         *       "id": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b",
         *       "clientId": "0b7d5c3e-8a1f-4c55-9a34-2f1e6b7c9d01",
         *       "url": "https://register.example.org/percee/events",
         *       "eventTypes": [
         *         "referral.decided",
         *         "case.closed"
         *       ],
         *       "active": true,
         *       "createdAt": "2026-03-02T09:20:00.000Z",
         *       "updatedAt": "2026-03-02T09:20:00.000Z",
         *       "version": 1
         *     }
         */
        WebhookSubscription: {
            active: boolean;
            /** @description The machine client owning it; null if an admin made it */
            clientId: string | null;
            /** Format: date-time */
            createdAt: string;
            eventTypes: ("referral.created" | "referral.decided" | "referral.withdrawn" | "case.stage_changed" | "case.closed" | "breakthrough.approved" | "breakthrough.achieved")[];
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            updatedAt: string;
            url: string;
            /** Format: int64 */
            version: number;
        };
        WebhookUpdateInput: {
            active?: boolean;
            eventTypes?: ("referral.created" | "referral.decided" | "referral.withdrawn" | "case.stage_changed" | "case.closed" | "breakthrough.approved" | "breakthrough.achieved")[];
            /**
             * Format: uri
             * @description https; plain http only to localhost outside production
             */
            url?: string;
        };
        WebhookWithSecret: {
            /** @description Shown once. `whsec_` + base64 key for the Standard Webhooks HMAC-SHA256 signature */
            secret: string;
            subscription: components["schemas"]["WebhookSubscription"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getAdminApiClients: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApiClient"][];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAdminApiClients: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApiClientCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiClientCredentials"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAdminApiClientsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiClient"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteAdminApiClientsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you last read (required on updates) */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchAdminApiClientsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you last read (required on updates) */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApiClientUpdateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiClient"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAdminApiClientsByIdRotate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you last read (required on updates) */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiClientCredentials"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAdminAudit: {
        parameters: {
            query?: {
                /** @description Exact action, e.g. `household.read` */
                action?: string;
                actorClientId?: string;
                actorUserId?: string;
                cursor?: string;
                entityId?: string;
                entityType?: string;
                /** @description From this instant (inclusive) */
                from?: string;
                limit?: number;
                /** @description Before this instant (exclusive) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            action: string;
                            actorClientId: string | null;
                            actorClientName: string | null;
                            actorUserId: string | null;
                            actorUserName: string | null;
                            /** @description Names of the changed fields */
                            changedFields: string[];
                            /** @description `{ field: [before, after] }` for administrative records; null when the values are file content (`valuesRedacted`) */
                            changes: unknown | null;
                            entityId: string | null;
                            entityType: string;
                            hash: string;
                            occurredAt: string;
                            prevHash: string;
                            requestId: string | null;
                            /**
                             * Format: int64
                             * @description Position in the organisation’s hash chain (1, 2, 3...)
                             */
                            seq: number;
                            /** @description True when the entry is about case or household content: values withheld from admins */
                            valuesRedacted: boolean;
                        }[];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAdminAuditCsv: {
        parameters: {
            query?: {
                /** @description Exact action, e.g. `household.read` */
                action?: string;
                actorClientId?: string;
                actorUserId?: string;
                /** @description Semicolon opens in Excel with European settings */
                delimiter?: "semicolon" | "comma";
                entityId?: string;
                entityType?: string;
                /** @description From this instant (inclusive) */
                from?: string;
                /** @description Before this instant (exclusive) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAdminAuditHead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description SHA-256 (hex) of the latest row; 64 zeros when the trail is empty */
                        hash: string;
                        occurredAt: string | null;
                        /** Format: uuid */
                        organisationId: string;
                        /** Format: int64 */
                        seq: number;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAdminAuditVerify: {
        parameters: {
            query?: {
                hash?: string;
                seq?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description With an anchored head: whether the chain still holds that hash at that position (`missing`: the chain was cut short) */
                        anchor: ("matches" | "differs" | "missing") | null;
                        /**
                         * Format: int64
                         * @description Rows walked
                         */
                        checked: number;
                        firstBroken: {
                            /** @enum {string} */
                            reason: "sequence-gap" | "prev-hash-mismatch" | "hash-mismatch";
                            /** Format: int64 */
                            seq: number;
                        } | null;
                        /** @description The last row of the chain (null when empty) */
                        head: {
                            hash: string;
                            /** Format: int64 */
                            seq: number;
                        } | null;
                        ok: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAdminPartnerServices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartnerServiceCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerService"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchAdminPartnerServicesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartnerServiceUpdateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerService"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAdminRetentionPreview: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionPreview"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAdminRetentionRun: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionRunResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAdminRetentionSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionSettings"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putAdminRetentionSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetentionSettingsUpdateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionSettings"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAdminSites: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Site"][];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAdminSites: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SiteCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Site"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchAdminSitesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SiteUpdateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Site"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAdminUsers: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["User"][];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAdminUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchAdminUsersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserUpdateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteAdminUsersByIdTotp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAdminWebhookDeliveries: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                status?: "pending" | "succeeded" | "failed" | "cancelled";
                subscriptionId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["WebhookDelivery"][];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAdminWebhookDeliveriesByIdRetry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAssessmentInstruments: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AssessmentInstrument"][];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthLoginTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TotpLoginRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessToken"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthRefresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessToken"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAvoidedCostsSummary: {
        parameters: {
            query?: {
                /** @description Restricts the breakthrough figures */
                category?: "new_housing" | "eviction_prevention" | "benefit_acceleration" | "school_supplies" | "transport" | "debt_settlement" | "care_access" | "other";
                /** @description The case's primary worker (the family coach) */
                coachId?: string;
                /** @description First day of the period (inclusive); open-ended when absent */
                from?: string;
                groupBy?: "month" | "program" | "site" | "category";
                programId?: string;
                /** @description The household's site (antenna) */
                siteId?: string;
                /** @description Last day of the period (inclusive); open-ended when absent */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AvoidedCostSummary"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAvoidedCostsSummaryCsv: {
        parameters: {
            query?: {
                /** @description Restricts the breakthrough figures */
                category?: "new_housing" | "eviction_prevention" | "benefit_acceleration" | "school_supplies" | "transport" | "debt_settlement" | "care_access" | "other";
                /** @description The case's primary worker (the family coach) */
                coachId?: string;
                /** @description Semicolon opens in Excel with European settings */
                delimiter?: "semicolon" | "comma";
                /** @description First day of the period (inclusive); open-ended when absent */
                from?: string;
                groupBy?: "month" | "program" | "site" | "category";
                programId?: string;
                /** @description The household's site (antenna) */
                siteId?: string;
                /** @description Last day of the period (inclusive); open-ended when absent */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV: one line per group */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBreakthroughsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Breakthrough"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchBreakthroughsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BreakthroughUpdateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Breakthrough"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putBreakthroughsByIdScenario: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BreakthroughScenarioInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Breakthrough"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postBreakthroughsByIdTransitions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BreakthroughTransitionInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Breakthrough"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBreakthroughsAwaitingApproval: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApprovalQueueItem"][];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCaseload: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                /** @description Only the cases at this stage */
                stage?: "intake" | "assessment" | "planning" | "monitoring" | "evaluation" | "exit";
                /** @description Another worker's caseload (coordinators) */
                workerId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CaseloadEntry"][];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCaseloadCsv: {
        parameters: {
            query?: {
                /** @description Semicolon opens in Excel with European settings */
                delimiter?: "semicolon" | "comma";
                /** @description Only the cases at this stage */
                stage?: "intake" | "assessment" | "planning" | "monitoring" | "evaluation" | "exit";
                /** @description Another worker's caseload (coordinators) */
                workerId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV: one line per open case */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCases: {
        parameters: {
            query?: {
                cursor?: string;
                householdId?: string;
                limit?: number;
                open?: string;
                overdue?: string;
                programId?: string;
                siteId?: string;
                sort?: "due" | "opened" | "updated";
                stage?: "intake" | "assessment" | "planning" | "monitoring" | "evaluation" | "exit";
                updatedSince?: string;
                workerId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Case"][];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesCsv: {
        parameters: {
            query?: {
                /** @description Semicolon opens in Excel with European settings */
                delimiter?: "semicolon" | "comma";
                householdId?: string;
                open?: string;
                overdue?: string;
                programId?: string;
                siteId?: string;
                sort?: "due" | "opened" | "updated";
                stage?: "intake" | "assessment" | "planning" | "monitoring" | "evaluation" | "exit";
                workerId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV: one line per case */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesByIdAid: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Aid"][];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdAid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AidCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Aid"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesByIdAidTotal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AidTotal"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesByIdAssessments: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Assessment"][];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdAssessments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssessmentCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assessment"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesByIdAssessmentsProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentProgress"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseAssignmentInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesByIdBreakthroughs: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Breakthrough"][];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdBreakthroughs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BreakthroughCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Breakthrough"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putCasesByIdCoWorkers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CoWorkersInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesByIdContacts: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Contact"][];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdContacts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesByIdContactsCsv: {
        parameters: {
            query?: {
                /** @description Semicolon opens in Excel with European settings */
                delimiter?: "semicolon" | "comma";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV: one line per contact */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesByIdInvolvements: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Involvement"][];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdInvolvements: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvolvementCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Involvement"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdInvolvementsByInvolvementIdEnd: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                involvementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvolvementEndInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Involvement"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesByIdPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchCasesByIdPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanUpdateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdPlanTransitions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanTransitionInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesByIdPlanVersions: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PlanVersion"][];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesByIdTimeline: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["TimelineEntry"][];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdTransitions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseTransitionInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postConsentsByIdWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsentWithdrawalInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consent"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCostCatalogue: {
        parameters: {
            query?: {
                cursor?: string;
                includeInactive?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CostCatalogueItem"][];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCostCatalogue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CostCatalogueItemCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CostCatalogueItem"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchCostCatalogueById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CostCatalogueItemUpdateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CostCatalogueItem"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCostCatalogueByIdPrices: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CostPriceCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CostCatalogueItem"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEvents: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                after?: string;
                limit?: number;
                type?: "referral.created" | "referral.decided" | "referral.withdrawn" | "case.stage_changed" | "case.closed" | "breakthrough.approved" | "breakthrough.achieved";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventFeedPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHouseholds: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                q?: string;
                siteId?: string;
                updatedSince?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["HouseholdSummary"][];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postHouseholds: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best), at most 255 printable ASCII characters. A retry with the same key and body within 24 h gets the first response again (with `Idempotent-Replayed: true`); the same key with another request answers 422. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HouseholdCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Household"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHouseholdsCsv: {
        parameters: {
            query?: {
                /** @description Semicolon opens in Excel with European settings */
                delimiter?: "semicolon" | "comma";
                q?: string;
                siteId?: string;
                updatedSince?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHouseholdsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Household"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchHouseholdsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HouseholdUpdateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Household"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHouseholdsByIdAccessLog: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            action: string;
                            /** @enum {string} */
                            actorKind: "user" | "client";
                            actorName: string | null;
                            actorRole: string | null;
                            /** @description Names of changed fields */
                            changedFields: string[];
                            /** @description `{ field: [before, after] }` for coordinators, who may read the file; null for admins, who see field names only */
                            changes: unknown | null;
                            entityType: string;
                            occurredAt: string;
                            /**
                             * Format: int64
                             * @description Position in the audit chain
                             */
                            seq: number;
                        }[];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHouseholdsByIdConsents: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                personId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Consent"][];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postHouseholdsByIdConsents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsentCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consent"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHouseholdsByIdLegalHolds: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["LegalHold"][];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postHouseholdsByIdLegalHolds: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LegalHoldCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalHold"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postHouseholdsByIdLegalHoldsByHoldIdRelease: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                holdId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LegalHoldReleaseInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalHold"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postHouseholdsByIdMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default null */
                    birthDate?: string | null;
                    /** @default null */
                    email?: string | null;
                    firstName: string;
                    lastName: string;
                    /** @default null */
                    phone?: string | null;
                    /**
                     * @default unknown
                     * @enum {string}
                     */
                    residenceStatus?: "citizen" | "permit" | "eu_citizen" | "asylum_seeker" | "undocumented" | "unknown";
                    /** @enum {string} */
                    role: "applicant" | "partner" | "child" | "other_adult" | "other";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchHouseholdsByIdMembersByPersonId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonUpdateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postHouseholdsDuplicateCheck: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DuplicateCheckInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DuplicateCandidate"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postImportsHouseholds: {
        parameters: {
            query?: {
                /** @description Validate only: nothing is written */
                dryRun?: string;
            };
            header?: {
                /** @description Any unique string (a UUID is best), at most 255 printable ASCII characters. A retry with the same key and body within 24 h gets the first response again (with `Idempotent-Replayed: true`); the same key with another request answers 422. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description CSV (first line: field paths such as `members.0.lastName`; `;` or `,`), JSON lines, or a JSON array of rows. At most 5000 rows. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["HouseholdCreateInput"][];
                "application/x-ndjson": string;
                "text/csv": string;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postImportsReferrals: {
        parameters: {
            query?: {
                /** @description Validate only: nothing is written */
                dryRun?: string;
            };
            header?: {
                /** @description Any unique string (a UUID is best), at most 255 printable ASCII characters. A retry with the same key and body within 24 h gets the first response again (with `Idempotent-Replayed: true`); the same key with another request answers 422. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description CSV (first line: field paths such as `members.0.lastName`; `;` or `,`), JSON lines, or a JSON array of rows. At most 5000 rows. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralCreateInput"][];
                "application/x-ndjson": string;
                "text/csv": string;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInquiries: {
        parameters: {
            query?: {
                channel?: "phone" | "walk_in" | "email";
                cursor?: string;
                /** @description Received at or after this instant */
                from?: string;
                limit?: number;
                outcome?: "information_given" | "routed_to_service" | "referral_created";
                /** @description Received before this instant */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Inquiry"][];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postInquiries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InquiryCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Inquiry"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInquiriesCsv: {
        parameters: {
            query?: {
                channel?: "phone" | "walk_in" | "email";
                /** @description Semicolon opens in Excel with European settings */
                delimiter?: "semicolon" | "comma";
                /** @description Received at or after this instant */
                from?: string;
                outcome?: "information_given" | "routed_to_service" | "referral_created";
                /** @description Received before this instant */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV: one line per inquiry */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but this role or client scope may not do this */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMeTotpEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpEnrolment"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMeTotpEnrolmentConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TotpConfirmRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodes"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    oauthToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenRequestInput"];
                "application/x-www-form-urlencoded": components["schemas"]["TokenRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
            /** @description Authenticated, but this role or client scope may not do this */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPartnerServices: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PartnerService"][];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPartnerCases: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PartnerCase"][];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPartnerCasesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerCase"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPersonsByIdExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonExport"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPrograms: {
        parameters: {
            query?: {
                cursor?: string;
                includeInactive?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Program"][];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPrograms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgramCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Program"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchProgramsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgramUpdateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Program"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProgramsOptions: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ProgramOption"][];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReferrals: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                status?: "new" | "accepted" | "declined" | "withdrawn";
                updatedSince?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Referral"][];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postReferrals: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best), at most 255 printable ASCII characters. A retry with the same key and body within 24 h gets the first response again (with `Idempotent-Replayed: true`); the same key with another request answers 422. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReferralsCsv: {
        parameters: {
            query?: {
                /** @description Semicolon opens in Excel with European settings */
                delimiter?: "semicolon" | "comma";
                status?: "new" | "accepted" | "declined" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV: one line per referral, newest first */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReferralsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postReferralsByIdAccept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralAcceptInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        case: components["schemas"]["Case"];
                        referral: components["schemas"]["Referral"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postReferralsByIdDecline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralDeclineInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postReferralsByIdWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralWithdrawInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportsActivity: {
        parameters: {
            query: {
                /** @description First day of the period (inclusive, UTC) */
                from: string;
                programId?: string;
                siteId?: string;
                /** @description Last day of the period (inclusive, UTC) */
                to: string;
                workerId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityReport"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportsActivityCsv: {
        parameters: {
            query: {
                /** @description Semicolon opens in Excel with European settings */
                delimiter?: "semicolon" | "comma";
                /** @description First day of the period (inclusive, UTC) */
                from: string;
                programId?: string;
                siteId?: string;
                /** @description Last day of the period (inclusive, UTC) */
                to: string;
                workerId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV: section, figure, key, value */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportsTeam: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDashboard"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportsTeamCsv: {
        parameters: {
            query?: {
                /** @description Semicolon opens in Excel with European settings */
                delimiter?: "semicolon" | "comma";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV: section, figure, key, value */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSites: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SiteRef"][];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTeam: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["TeamMember"][];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhooks: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["WebhookSubscription"][];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postWebhooks: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best), at most 255 printable ASCII characters. A retry with the same key and body within 24 h gets the first response again (with `Idempotent-Replayed: true`); the same key with another request answers 422. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhooksById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscription"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhooksById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unsubscribed */
            204: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchWebhooksById: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you last read (required on updates) */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookUpdateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscription"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postWebhooksByIdRotateSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Present when the calling origin is one of CORS_ORIGINS */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    /** @description Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHealthLive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        database?: "pglite" | "postgres";
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHealthReady: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        database?: "pglite" | "postgres";
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description Unexpected error (details are in the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
