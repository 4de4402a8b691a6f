//! Probe interpretation (sans I/O): what greetings, capabilities, certificates and outcomes mean.
