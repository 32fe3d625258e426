"""Survey rounds, questionnaires and deprivation (decision 0045)."""
