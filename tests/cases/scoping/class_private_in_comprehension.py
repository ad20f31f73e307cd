class K:
    __hidden = [1, 2]
    def values(self):
        return [x * 2 for x in self.__hidden]
    @classmethod
    def names(cls):
        return [n for n in vars(cls) if "hidden" in n]
print(K().values(), K.names())
