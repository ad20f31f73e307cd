class InsufficientFunds(Exception):
    def __init__(self, need, have):
        super().__init__(f"need {need}, have {have}")
        self.need, self.have = need, have
def withdraw(amount, balance):
    if amount > balance:
        raise InsufficientFunds(amount, balance)
    return balance - amount
print(withdraw(5, 10))
withdraw(50, 10)
