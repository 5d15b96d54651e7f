import * as migration_20261207_020157_initial from './20261207_020157_initial.js';

export const migrations = [
  {
    up: migration_20261207_020157_initial.up,
    down: migration_20261207_020157_initial.down,
    name: '20261207_020157_initial'
  },
];
