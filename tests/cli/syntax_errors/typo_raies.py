raies ValueError
