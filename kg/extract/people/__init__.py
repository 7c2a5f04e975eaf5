"""Officials and what they do: their posts and where they serve, who met whom, who visited what."""
