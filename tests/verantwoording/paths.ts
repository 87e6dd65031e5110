/** The bundled round with the accounts for 2027 (clean, and over its approved amount). */
export const FLOW = ['examples/*.yaml', 'examples/beoordelingen', 'examples/verantwoording/*.yaml'];
/** The two variants: milestone money for a milestone not reached, and less saved than claimed. */
export const VARIANTS = ['examples/*.yaml', 'examples/beoordelingen', 'examples/verantwoording/varianten'];
