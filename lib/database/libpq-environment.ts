// libpq's parameters that a DATABASE_URL's query string may carry, and the environment
// variable each becomes for PostgreSQL's own tools (pg_dump, pg_restore, psql).
const QUERY_PARAMETERS: Record<string, string> = {
  host: "PGHOST",
  port: "PGPORT",
  user: "PGUSER",
  password: "PGPASSWORD",
  dbname: "PGDATABASE",
  sslmode: "PGSSLMODE",
  sslrootcert: "PGSSLROOTCERT",
  sslcert: "PGSSLCERT",
  sslkey: "PGSSLKEY",
  application_name: "PGAPPNAME",
  connect_timeout: "PGCONNECT_TIMEOUT",
  options: "PGOPTIONS",
};

/**
 * A `postgresql://` URL as libpq environment variables, for handing a connection to
 * PostgreSQL's command-line tools without putting the password on a command line (where any
 * user on the machine could read it in the process list). Parameters libpq does not know
 * (node-postgres' own, say) are left out.
 */
export function libpqEnvironment(url: string): Record<string, string> {
  const parsed = new URL(url);
  if (parsed.protocol !== "postgresql:" && parsed.protocol !== "postgres:") throw new Error("Not a PostgreSQL URL.");
  const env: Record<string, string> = {};
  const set = (name: string, value: string) => {
    if (value) env[name] = value;
  };
  set("PGHOST", decodeURIComponent(parsed.hostname).replace(/^\[(.*)\]$/, "$1"));
  set("PGPORT", parsed.port);
  set("PGUSER", decodeURIComponent(parsed.username));
  set("PGPASSWORD", decodeURIComponent(parsed.password));
  set("PGDATABASE", decodeURIComponent(parsed.pathname.slice(1)));
  for (const [key, value] of parsed.searchParams) {
    const name = QUERY_PARAMETERS[key];
    if (name) set(name, value);
  }
  return env;
}
