//! The settings doctor: diagnoses what a user typed into a mail client.
