//! Gmail knowledge: endpoints, myths, authentication, limits, fingerprints, with sources.
