import type { CollectionConfig } from 'payload'

import { CompetenceAreas } from './CompetenceAreas.js'
import { Credentials } from './Credentials/index.js'
import { DeviceProfiles } from './DeviceProfiles.js'
import { DigitalMaterials } from './DigitalMaterials.js'
import { ImportSources } from './ImportSources.js'
import { LearningEnvironments } from './LearningEnvironments.js'
import { Media } from './Media.js'
import { OaiDeletions } from './OaiDeletions.js'
import { PedagogicalModels } from './PedagogicalModels.js'
import { Pilots } from './Pilots.js'
import { Ratings } from './Ratings.js'
import { SavedLists } from './SavedLists.js'
import { SearchOutbox } from './SearchOutbox.js'
import { Schools } from './Schools.js'
import { SelfAssessments } from './SelfAssessments.js'
import { TrainingRegistrations } from './TrainingRegistrations.js'
import { Trainings } from './Trainings.js'
import { Users } from './Users.js'

/** Content people browse, then the reference collections it links to, then the rest. */
export const collections: CollectionConfig[] = [
  PedagogicalModels,
  DigitalMaterials,
  LearningEnvironments,
  Pilots,
  Trainings,
  CompetenceAreas,
  DeviceProfiles,
  Schools,
  Ratings,
  Media,
  Users,
  TrainingRegistrations,
  Credentials,
  SelfAssessments,
  SavedLists,
  OaiDeletions,
  ImportSources,
  SearchOutbox,
]
