/** The path of a Node 24 binary ($NODE24, .tools/node24, or this node if it is 24), or undefined. */
export declare function node24Path(): string | undefined;
