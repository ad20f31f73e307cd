"""abc

