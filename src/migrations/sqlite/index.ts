import * as migration_20261207_013912_initial from './20261207_013912_initial.js';

export const migrations = [
  {
    up: migration_20261207_013912_initial.up,
    down: migration_20261207_013912_initial.down,
    name: '20261207_013912_initial'
  },
];
