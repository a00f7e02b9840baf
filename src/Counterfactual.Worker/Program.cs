// Placeholder entry point: the generic host and commands land with issue 2.
return 0;
