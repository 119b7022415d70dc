"""`python -m goals ...`: the command line of PLAN_FORMAT §5 and the product's extensions."""
