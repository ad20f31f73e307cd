try:
  pass
finally pass