// Every page script imports this first, so the bundle runs it before any
// other module: the mark is where the page's script starts.
performance.mark('script-start');
