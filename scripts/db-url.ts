// `npm run db:url`: the connection string of the database in use, for psql and other tools:
//   psql "$(npm run -s db:url)"
import "dotenv/config";
import { dataDir, runningEmbeddedUrl } from "./lib/database-in-use";

const url = process.env.DATABASE_URL || runningEmbeddedUrl();
if (!url) {
  console.error(
    `No embedded database is running on ${dataDir()}: start the app with npm start first.`,
  );
  process.exit(1);
}
console.log(url);
