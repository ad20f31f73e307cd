class Account:
    def __init__(self):
        self.balance = 0
try:
    Account().balanse
except AttributeError as e:
    raise ExceptionGroup("failures", [e, ValueError("second")])
