"""Local servers that speak the providers' protocols (LINE's Messaging API, SMTP), for the
tests and the benchmark: the channels talk to them over real sockets, never to a mock."""
