// The playground's one interface per backend: a plain object that says what it is called, which
// base library versions it offers, and how it starts. A started backend renders itself into the
// playground's panels and reacts to the user there; main.ts only picks one from the list.

/** The playground's panels a backend renders into (main.ts owns the frame around them). */
export interface PlaygroundUi {
  /** The phone's top bar: an address or a title, and the platform's ··· capsule. */
  phoneBar: HTMLElement;
  /** The page itself. */
  screen: HTMLElement;
  /** Over the phone: the platform's share panel or chat picker. */
  overlay: HTMLElement;
  /** What the user can do on this platform. */
  userPanel: HTMLElement;
  /** Every `supports()` answer the page relies on. */
  matrixPanel: HTMLElement;
  logPanel: HTMLElement;
}

export interface BackendStart {
  /** One of the module's `versions`, or undefined where it offers none. */
  version: string | undefined;
  articleId: string;
  /** Something the backend shows changed (answers of a retired backend are dropped by main.ts). */
  changed(): void;
}

/** A running backend. */
export interface RunningBackend {
  /** Settled: nothing in flight (tests and assistive tech read it as `aria-busy`). */
  readonly ready: boolean;
  /** The base library version it simulates (`latest` resolved), `''` where none. */
  readonly version: string;
  /** An error to show in the banner, or null. */
  readonly error: string | null;
  render(ui: PlaygroundUi): void;
  /** Esc: closes what the platform has open; true when it took the key. */
  escape?(): boolean;
  dispose(): void;
}

export interface BackendModule {
  /** `?backend=` */
  readonly id: string;
  /** The backend menu's label. */
  readonly label: string;
  /** Base library versions, oldest first (the newest is the default); none: the version menu is off. */
  readonly versions: readonly string[];
  start(options: BackendStart): RunningBackend;
}
