import type { Command } from './command';
import { withDatabase } from './with-database';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Áp dụng các migration cơ sở dữ liệu còn thiếu',
  usage: 'motcua migrate',
  async run() {
    await withDatabase(async (database) => {
      console.log(`Cơ sở dữ liệu (${database.kind}) đã được cập nhật.`);
    });
    return 0;
  },
};
