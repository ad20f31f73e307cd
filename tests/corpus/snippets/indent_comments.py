if x:
        # deep comment
    y
  # shallow
    z
