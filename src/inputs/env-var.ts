// Which names the env-var input may give: the cache id (and its ttl, as <name>_TTL) is exported
// to every later step of the job, and its value comes from the gateway, so a name that a shell,
// a runtime or a tool reads as configuration would let the gateway reconfigure the job (an id of
// `xtrace:verbose` in SHELLOPTS turns on tracing in every later bash step). A name must look like
// an ordinary variable of one's own and be on none of the lists below. Pure.

/** Letters, digits and `_`, starting with a letter (a leading `_` is the shells' and JVMs' own). */
export const SAFE_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

// Exact names (compared upper-cased).
const EXACT = new Set(
  `PATH HOME SHELL ENV BASH_ENV IFS PS1 PS2 PS3 PS4 PROMPT_COMMAND CDPATH GLOBIGNORE FIGNORE HISTFILE
  HISTCONTROL INPUTRC TMOUT SHELLOPTS BASHOPTS POSIXLY_CORRECT ZDOTDIR CI PWD OLDPWD USER LOGNAME
  TMPDIR TEMP TMP TERM TERMINFO TZ TZDIR LANG LANGUAGE NLSPATH LOCPATH GCONV_PATH HOSTALIASES
  RES_OPTIONS LOCALDOMAIN GLIBC_TUNABLES MAIL EDITOR VISUAL PAGER MANPAGER BROWSER LESS LESSOPEN
  LESSCLOSE LESSKEY HTTP_PROXY HTTPS_PROXY NO_PROXY ALL_PROXY FTP_PROXY WGETRC NETRC CURL_HOME
  CURL_CA_BUNDLE REQUESTS_CA_BUNDLE SSLKEYLOGFILE CLASSPATH MAKEFLAGS MFLAGS CC CXX CPP LD AR CFLAGS
  CXXFLAGS CPPFLAGS LDFLAGS LIBS VIRTUAL_ENV GOFLAGS GOPROXY GOROOT GOPATH GOENV GOPRIVATE
  GONOSUMDB GONOPROXY GOSUMDB GOINSECURE GOTOOLCHAIN GOEXPERIMENT GOCACHE GOBIN KUBECONFIG
  GNUPGHOME EMAIL OPENSSL_CONF`.split(/\s+/)
);

// Families of tool configuration (compared upper-cased).
const PREFIXES = `GITHUB_ ACTIONS_ RUNNER_ INPUT_ STATE_ IMAGEOS AGENT_ NODE_ NPM_ YARN_ PNPM_ BUN_ DENO_
  LD_ DYLD_ MALLOC_ LC_ XDG_ BASH_ ZSH_ GIT_ GH_ SSH_ GPG_ OPENSSL_ SSL_ CURL_ CORECLR_ COR_ COMPLUS_
  DOTNET_ NUGET_ MSBUILD JAVA_ JDK_ MAVEN_ GRADLE_ ANT_ SBT_ PYTHON PIP_ PIPENV_ POETRY_ UV_ CONDA_
  PERL RUBY GEM_ BUNDLE_ CARGO_ RUST COMPOSER_ PHP DOCKER_ BUILDKIT_ KUBE HELM_ TF_ ANSIBLE_ VAULT_
  AWS_ AZURE_ GOOGLE_ CLOUDSDK_ GCLOUD_ ELECTRON_ CHROME_ PLAYWRIGHT_ PUPPETEER_ PKG_CONFIG
  R_ JULIA_ LUA_ NIX_`.split(/\s+/);

// Endings tools use for their settings (MY_TOOL_OPTS, FOO_HOME, BAR_PROXY…).
const SUFFIXES = `_OPTS _OPTIONS _FLAGS _ARGS _PATH _HOME _DIR _CONF _CONFIG _RC _PRELOAD _PROXY _HOOKS _PLUGINS`.split(/\s+/);

/** Why `name` may not be exported, or undefined when it may. */
export function reservedBecause(name: string): string | undefined {
  const upper = name.toUpperCase();
  if (EXACT.has(upper)) return `${upper} is read by shells or tools`;
  const prefix = PREFIXES.find((p) => upper.startsWith(p));
  if (prefix) return `names starting ${prefix} configure the runner or a tool`;
  const suffix = SUFFIXES.find((s) => upper.endsWith(s));
  if (suffix) return `names ending ${suffix} usually configure a tool`;
  return undefined;
}
