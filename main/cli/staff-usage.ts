/** The `kioskctl staff` lines of the help, apart so that `--help` loads nothing else. */
export const STAFF_USAGE = `  staff list [--data DIR]   The staff accounts: name, role, state.
  staff add --role operator|supervisor --name NAME [--data DIR]
                            Add a staff account; asks for its PIN twice, hidden.
  staff reset --name NAME [--force-new] [--data DIR]
                            Give an account a new PIN (enabled, unlocked, its sessions
                            ended); a supervisor is created if NAME does not exist.
                            The recovery when every supervisor PIN is forgotten.
                            --force-new starts a new accounts file when the old one
                            is damaged or was made with another machine key.
  staff setup-code [--data DIR]
                            Write a new one-time code for creating the first
                            supervisor on the kiosk's screen, and print it.`;
