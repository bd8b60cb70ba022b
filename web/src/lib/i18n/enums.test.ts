import {
  accompanimentTypes,
  aidKinds,
  aidNatures,
  breakthroughCategories,
  breakthroughStatuses,
  caseStages,
  closureReasons,
  consentPurposes,
  contactTypes,
  costCategories,
  costUnits,
  deadlockKinds,
  declineReasons,
  householdRoles,
  inquiryChannels,
  inquiryOutcomes,
  legalBases,
  planChanges,
  planStatuses,
  problemDomains,
  programMethods,
  referralStatuses,
  residenceStatuses,
  severities,
} from '@percee/shared';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

/** Every value of the shared enums has a label, in every language (and no label is left for a removed value). */
const enums = {
  stage: caseStages,
  accompanimentType: accompanimentTypes,
  problemDomain: problemDomains,
  severity: severities,
  householdRole: householdRoles,
  residenceStatus: residenceStatuses,
  closureReason: closureReasons,
  declineReason: declineReasons,
  contactType: contactTypes,
  aidKind: aidKinds,
  aidNature: aidNatures,
  referralStatus: referralStatuses,
  planStatus: planStatuses,
  planChange: planChanges,
  deadlockKind: deadlockKinds,
  breakthroughCategory: breakthroughCategories,
  breakthroughStatus: breakthroughStatuses,
  costCategory: costCategories,
  costUnit: costUnits,
  costUnitPlural: costUnits,
  programMethod: programMethods,
  inquiryChannel: inquiryChannels,
  inquiryOutcome: inquiryOutcomes,
  consentPurpose: consentPurposes,
  legalBasis: legalBases,
} as const;

describe.each([
  ['fr', fr],
  ['nl', nl],
  ['en', en],
] as const)('%s enum labels', (_language, messages) => {
  it.each(Object.entries(enums))('labels every %s', (name, values) => {
    const labels = messages.enums[name as keyof typeof enums] as Record<string, string>;
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
  });
});
