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

/** The GDPR Art. 13/14 completeness checks beyond the core ones, in the order of Art. 13. */
export const completenessRules: readonly Rule[] = [
  controllerContact,
  euRepresentative,
  dpoContact,
  purposeLegalBasis,
  legitimateInterest,
  specialCategoryBasis,
  thirdCountrySafeguard,
  retentionPeriod,
  retentionVague,
  rightsForBases,
  complaintRight,
  supervisoryAuthority,
  automatedDecisionLogic,
  dataSource,
  outdatedLawName,
  stalePolicy,
  textSpacing,
  doubledWord,
  leftoverPlaceholder,
  vagueWording,
];
