import { automatedDecisionLogic, dataSource } from './art14Rules';
import { complaintRight, supervisoryAuthority } from './authorityRules';
import { controllerContact, dpoContact, euRepresentative } from './controllerRules';
import { outdatedLawName } from './lawNameRules';
import { legitimateInterest, purposeLegalBasis, specialCategoryBasis } from './legalBasisRules';
import { retentionPeriod, retentionVague } from './retentionRules';
import { rightsForBases } from './rightsRules';
import type { Rule } from './rule';
import { stalePolicy } from './stalenessRule';
import { doubledWord, leftoverPlaceholder, textSpacing, vagueWording } from './textQualityRules';
import { thirdCountrySafeguard } from './transferRules';
import { authorityCompetence } from './authorityCompetenceRules';
import { automatedDecisionException } from './automatedDecisionRules';
import { basisFit, nationalLaw } from './basisFitRules';
import { childrenAge, childrenConsent } from './childrenRules';
import { cookieBasis, cookieConsentPurpose, cookieDuration } from './cookieRules';
import { dataOrigin } from './originRules';
import { jointControllerArrangement, recipientRole } from './recipientFitRules';
import { retentionOutdated, retentionStatute, retentionUnlimited } from './retentionLawRules';
import { specialCategoryUndeclared } from './specialCategoryRules';
import { transferConsistency, transferDerogation } from './transferLawRules';

/** The GDPR Art. 13/14 completeness checks beyond the core ones, in the order of Art. 13. */
export const completenessRules: readonly Rule[] = [
  controllerContact,
  euRepresentative,
  dpoContact,
  purposeLegalBasis,
  basisFit,
  nationalLaw,
  legitimateInterest,
  specialCategoryBasis,
  specialCategoryUndeclared,
  recipientRole,
  jointControllerArrangement,
  thirdCountrySafeguard,
  transferDerogation,
  transferConsistency,
  retentionPeriod,
  retentionVague,
  retentionUnlimited,
  retentionStatute,
  retentionOutdated,
  rightsForBases,
  complaintRight,
  supervisoryAuthority,
  authorityCompetence,
  automatedDecisionLogic,
  automatedDecisionException,
  dataSource,
  dataOrigin,
  childrenConsent,
  childrenAge,
  cookieBasis,
  cookieConsentPurpose,
  cookieDuration,
  outdatedLawName,
  stalePolicy,
  textSpacing,
  doubledWord,
  leftoverPlaceholder,
  vagueWording,
];
