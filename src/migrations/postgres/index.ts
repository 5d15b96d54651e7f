import * as migration_20261207_012157_initial from './20261207_012157_initial.js';

export const migrations = [
  {
    up: migration_20261207_012157_initial.up,
    down: migration_20261207_012157_initial.down,
    name: '20261207_012157_initial'
  },
];
