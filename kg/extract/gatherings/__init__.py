"""Events and taking part in them: who attended, hosted or exhibited, and where it was held."""
