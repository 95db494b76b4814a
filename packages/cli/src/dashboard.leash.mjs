// Loaded into the dashboard's process with --import: the hub that started it holds the other
// end of an IPC channel, which the kernel closes when the hub dies, even by kill -9. The
// dashboard then exits instead of keeping its port from the next start.
process.on('disconnect', () => process.exit(0));
